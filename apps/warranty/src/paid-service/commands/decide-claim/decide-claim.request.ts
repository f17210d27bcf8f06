import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const decideClaimSchema = z
  .strictObject({
    action: z.enum(['approve', 'reject']),
    reason: z.string().trim().min(1).max(1000).optional().describe('Required to reject'),
  })
  .refine((d) => d.action === 'approve' || d.reason, { path: ['reason'], message: 'a rejection needs a reason' });
export class DecideClaimRequest extends createZodDto(decideClaimSchema) {}
