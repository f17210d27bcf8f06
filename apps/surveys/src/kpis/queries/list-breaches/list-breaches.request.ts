import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

/** The filters of the breach report (R-SLA-7): local dates in the reporting time zone, both inclusive, at most a year. */
export const breachFilters = {
  from: z.iso.date().describe('First local date (inclusive)'),
  to: z.iso.date().describe('Last local date (inclusive)'),
  clock: z.string().trim().min(1).max(40).optional().describe('response, diagnosis, on-site, resolution...'),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
  branch: z.string().trim().min(1).max(40).optional(),
  engineer: z.string().trim().min(1).max(200).optional(),
};

export const withRange = <T extends z.ZodObject<{ from: z.ZodType<string>; to: z.ZodType<string> }>>(schema: T) =>
  schema
    .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
    .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { message: 'at most 366 days', path: ['to'] });

export const listBreachesQuery = withRange(z.strictObject({ ...breachFilters, ...pageQuery }));
export class ListBreachesRequest extends createZodDto(listBreachesQuery) {}
