import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const partUsed = z.object({
  partNumber: z.string(),
  quantity: z.number().int().positive(),
});

export const WorkOrderCompletedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.completed.v1',
  summary: 'Field work finished with the parts used and the customer sign-off (R-DS-4, R-DS-8); stock is booked out from it.',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    engineerId: z.uuid(),
    warehouseCode: z.string().describe('Warehouse the engineer drew the parts from'),
    partsUsed: z.array(partUsed),
    resolution: z.string(),
    completedAt: isoDateTime,
    signedOffBy: z.string().optional().describe('R-DS-4: the customer who signed off an on-site repair'),
    signedOffAt: isoDateTime.optional(),
    visits: z.number().int().nonnegative().optional().describe('On-site visits it took (first-time fix = 1)'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    warehouseCode: 'CENTRAL',
    partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }],
    resolution: 'Replaced power supply',
    completedAt: '2026-11-23T12:40:00.000Z',
    signedOffBy: 'Zhang San',
    signedOffAt: '2026-11-23T12:38:00.000Z',
    visits: 1,
  },
});
export type WorkOrderCompletedV1Data = z.infer<typeof WorkOrderCompletedV1.schema>;
