import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const startRemoteSessionSchema = z.strictObject({
  consent: z
    .strictObject({ customerName: z.string().trim().min(1).max(200), consentedAt: isoDateTime, channel: z.enum(['phone', 'chat', 'email', 'in-tool']) })
    .describe('R-DS-1: remote assistance only with the customer’s consent'),
  tool: z.string().trim().min(1).max(100).optional().describe('Remote tool or session reference'),
});
export class StartRemoteSessionRequest extends createZodDto(startRemoteSessionSchema) {}
