import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** OAuth 2.0 client credentials (RFC 6749 §4.4), as JSON. */
export const issueTokenSchema = z.strictObject({
  grant_type: z.literal('client_credentials'),
  client_id: z.string().min(1).max(200),
  client_secret: z.string().min(1).max(200),
});
export class IssueTokenRequest extends createZodDto(issueTokenSchema) {}
