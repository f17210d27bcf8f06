import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { text } from '../visit.schemas';

/** Largest signature image accepted, decoded (a signature pad's PNG is a few KiB). */
export const SIGNATURE_MAX_BYTES = 100 * 1024;

export const signOffVisitSchema = z.strictObject({
  customerName: text(200),
  signedAt: isoDateTime.optional().describe('Defaults to now'),
  signaturePng: z
    .string()
    .max(Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4 + 4, `the signature image is larger than ${SIGNATURE_MAX_BYTES} bytes`)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
    .describe(`The customer's signature as a base64 PNG, at most ${SIGNATURE_MAX_BYTES} bytes`),
});
export class SignOffVisitRequest extends createZodDto(signOffVisitSchema) {}
