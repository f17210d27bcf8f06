import { z } from 'zod';

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Parts by number and quantity, as planned or used on a visit. */
export const partLines = z.array(z.strictObject({ partNumber: text(100), quantity: z.number().int().positive().max(1000) })).max(100);
