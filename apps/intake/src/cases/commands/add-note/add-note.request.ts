import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const addNoteSchema = z.strictObject({
  text: z.string().trim().min(1).max(10_000),
  visibility: z
    .enum(['internal', 'public'])
    .optional()
    .describe('Staff: internal (default, staff only) or public (the customer sees it). A customer’s note is always public (R-IN-8).'),
});
export class AddNoteRequest extends createZodDto(addNoteSchema) {}
