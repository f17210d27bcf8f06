import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { text } from '../visit.schemas';

export const completeVisitSchema = z.strictObject({ resolution: text(10_000) });
export class CompleteVisitRequest extends createZodDto(completeVisitSchema) {}
