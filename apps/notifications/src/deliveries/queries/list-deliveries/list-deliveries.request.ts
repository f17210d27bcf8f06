import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listDeliveriesQuery = z
  .strictObject({
    caseId: z.uuid().optional(),
    personId: z.uuid().optional(),
    status: z.enum(['queued', 'held', 'digested', 'sent', 'delivered', 'failed']).optional(),
    ...pageQuery,
  })
  .refine((q) => q.caseId !== undefined || q.personId !== undefined, { message: 'give caseId or personId', path: ['caseId'] });
export class ListDeliveriesRequest extends createZodDto(listDeliveriesQuery) {}
