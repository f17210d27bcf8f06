import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaShippedV1 = defineEvent({
  subject: 'aftersales.rma.rma.shipped.v1',
  summary: 'The spare or replacement left the warehouse: carrier, tracking number and the serial shipped, and whether it made the ship-by time (R-RMA-2).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    warehouseCode: z.string(),
    partNumber: z.string(),
    serialShipped: z.string(),
    carrier: z.string(),
    trackingNumber: z.string(),
    shipBy: isoDateTime.nullable(),
    onTime: z.boolean().nullable(),
    shippedBy: z.string(),
    shippedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    warehouseCode: 'SH-BRANCH',
    partNumber: 'PX-2000-UNIT',
    serialShipped: 'SN-PX2000-0420',
    carrier: 'SF Express',
    trackingNumber: 'SF1234567890',
    shipBy: '2026-11-23T09:00:00.000Z',
    onTime: true,
    shippedBy: 'rma-admin-1',
    shippedAt: '2026-11-23T08:10:00.000Z',
  },
});
export type RmaShippedV1Data = z.infer<typeof RmaShippedV1.schema>;
