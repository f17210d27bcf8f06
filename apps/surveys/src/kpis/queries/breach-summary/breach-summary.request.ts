import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { breachFilters, withRange } from '../list-breaches/list-breaches.request';

export const BREACH_GROUPINGS = ['clock', 'priority', 'branch', 'engineer', 'day', 'week', 'month'] as const;

export const breachSummaryQuery = withRange(
  z.strictObject({
    ...breachFilters,
    by: z.enum(BREACH_GROUPINGS).describe('What to count the breaches by: a clock, priority, branch, engineer, or period'),
  }),
);
export class BreachSummaryRequest extends createZodDto(breachSummaryQuery) {}
