import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const version = z.number().int().min(1).describe('The version of the case you last read: a case changed since then is a 409');
const reason = z.string().trim().min(1).max(2000);

export const assignCaseSchema = z.strictObject({
  assigneeId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\w.@:-]+$/, 'a user subject: letters, digits and . _ @ : -')
    .describe('The engineer: the subject of their token'),
  assigneeName: z.string().trim().min(1).max(200).optional().describe('Their name, shown on the case and in its SLA notices'),
  reason: reason.optional(),
  version,
});
export class AssignCaseRequest extends createZodDto(assignCaseSchema) {}

export const takeOverCaseSchema = z.strictObject({ reason: reason.optional(), version });
export class TakeOverCaseRequest extends createZodDto(takeOverCaseSchema) {}
