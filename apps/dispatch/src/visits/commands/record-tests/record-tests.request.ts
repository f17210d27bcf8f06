import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { text } from '../visit.schemas';

export const recordTestsSchema = z.strictObject({
  results: z.array(z.strictObject({ name: text(200), passed: z.boolean(), detail: z.string().trim().max(2000).optional() })).min(1).max(50),
});
export class RecordTestsRequest extends createZodDto(recordTestsSchema) {}
