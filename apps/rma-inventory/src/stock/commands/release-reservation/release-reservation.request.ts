import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const releaseReservationSchema = z.strictObject({
  quantity: z.number().int().min(1).max(10_000).optional().describe('Part of it; all of it when left out'),
  reason: z.string().trim().min(1).max(500),
});
export class ReleaseReservationRequest extends createZodDto(releaseReservationSchema) {}
