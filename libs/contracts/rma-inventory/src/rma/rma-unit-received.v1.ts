import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaUnitReceivedV1 = defineEvent({
  subject: 'aftersales.rma.rma.unit-received.v1',
  summary:
    'The faulty, returned or lent unit came back to a warehouse or the depot; the return clock stops and an exchange repair starts its 72 working hours (R-RMA-3, R-RMA-4, R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    serialReceived: z.string(),
    warehouseCode: z.string(),
    late: z.boolean().describe('After its return due time (R-RMA-3)'),
    turnaroundDueAt: isoDateTime.nullable().describe('R-RMA-4: 72 working hours from receipt, for an exchange repair'),
    receivedBy: z.string(),
    receivedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    serialReceived: 'SN-PX2000-0001',
    warehouseCode: 'SH-BRANCH',
    late: false,
    turnaroundDueAt: null,
    receivedBy: 'rma-admin-1',
    receivedAt: '2026-12-01T02:00:00.000Z',
  },
});
export type RmaUnitReceivedV1Data = z.infer<typeof RmaUnitReceivedV1.schema>;
