import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ATTACHMENT_CONTENT_TYPES } from '../../domain/attachment-policy';

/**
 * JSON with the content in base64, not multipart: every intake API takes JSON only (the platform's body parser),
 * and attachments are screenshots, photos, PDFs and logs of at most CASE_ATTACHMENT_MAX_BYTES, for which the
 * third more bytes of base64 cost little. It keeps one body parser, one validation path and one error format.
 */
export const addAttachmentSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^\\/\p{Cc}]+$/u, 'a file name without path separators or control characters')
    .describe('Shown to people and offered as the download name'),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES).describe('The allow-list; the content must match it'),
  contentBase64: z.base64().min(1).describe('The file, base64-encoded (RFC 4648); at most CASE_ATTACHMENT_MAX_BYTES once decoded'),
  visibility: z.enum(['public', 'internal']).default('public').describe('Staff may attach internal files that the customer does not see'),
});

export class AddAttachmentRequest extends createZodDto(addAttachmentSchema) {}
