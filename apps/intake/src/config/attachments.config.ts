import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** Intake's variables for case attachments (.env.example), validated at start with the platform's. */
export const attachmentsConfigSchema = z.object({
  CASE_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(100 * 1024 * 1024)
    .default(524_288)
    .describe('Largest attachment of a case, in bytes (decoded); a larger one is a 413. Sent base64 in JSON, so HTTP_BODY_LIMIT_BYTES must allow 4/3 of it'),
});

export interface AttachmentRules {
  maxBytes: number;
}

export function attachmentRules(config: AppConfig): AttachmentRules {
  return { maxBytes: config.get<number>('CASE_ATTACHMENT_MAX_BYTES') };
}
