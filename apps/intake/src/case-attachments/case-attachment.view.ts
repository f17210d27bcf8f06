import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { ATTACHMENT_CONTENT_TYPES } from './domain/attachment-policy';
import { CaseAttachmentEntity } from './infrastructure/case-attachment.entity';

export const attachmentViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  fileName: z.string(),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('Hex SHA-256 of the content'),
  visibility: z.enum(['public', 'internal']),
  uploadedBy: z.string().describe('user:<subject>'),
  uploadedAt: isoDateTime,
});
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

export class AttachmentResponse extends createZodDto(attachmentViewSchema) {}
export class AttachmentPageResponse extends createZodDto(z.object({ items: z.array(attachmentViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toAttachmentView(a: CaseAttachmentEntity): AttachmentView {
  return {
    id: a.id,
    caseId: a.caseId,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    visibility: a.visibility,
    uploadedBy: a.uploadedBy,
    uploadedAt: a.uploadedAt.toISOString(),
  };
}
