import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { text } from '../visit.schemas';

export const inspectQualitySchema = z.strictObject({ passed: z.boolean(), inspector: text(200), note: z.string().trim().max(2000).optional() });
export class InspectQualityRequest extends createZodDto(inspectQualitySchema) {}
