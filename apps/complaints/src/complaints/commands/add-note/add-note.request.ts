import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const addNoteSchema = z.strictObject({
  note: z.string().trim().min(1).max(4000).describe('A staff note: internal, never shown to the customer (R-IN-8)'),
});
export class AddNoteRequest extends createZodDto(addNoteSchema) {}
