import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DIMENSIONS } from '../../domain/kpi-contributions';
import { PERIOD_KINDS } from '../../domain/periods';

export const getKpisQuery = z.strictObject({
  period: z.enum(PERIOD_KINDS).default('month'),
  date: z.iso.date().describe('Any local date of the period (YYYY-MM-DD); the day, ISO week or month that holds it'),
  dimension: z.enum(DIMENSIONS).default('all'),
  key: z.string().trim().min(1).max(200).optional().describe('One engineer, branch, product model, customer or contract'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(200).optional().describe('nextCursor of the previous page'),
});
export class GetKpisRequest extends createZodDto(getKpisQuery) {}
