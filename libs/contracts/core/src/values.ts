import { z } from 'zod';

/** Shared value shapes that several contracts use. Keep this list short: domain types live with their owner. */

/** R-IN-5 priority levels. */
export const priorityLevel = z.enum(['P1', 'P2', 'P3', 'P4']);
export type PriorityLevel = z.infer<typeof priorityLevel>;

/** R-DS-1 service modes. */
export const serviceMode = z.enum([
  'phone',
  'remote',
  'on-site',
  'carry-in',
  'mail-in',
  'paid-service',
  'return-exchange',
  'expert-consultation',
]);
export type ServiceMode = z.infer<typeof serviceMode>;

/** A calendar date without time, e.g. a purchase date (YYYY-MM-DD). */
export const isoDate = z.iso.date();
/** An instant with an explicit offset. */
export const isoDateTime = z.iso.datetime({ offset: true });
