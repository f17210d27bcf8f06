import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockReservedV1 = defineEvent({
  subject: 'aftersales.rma.stock.reserved.v1',
  summary: 'Stock was reserved in a warehouse for a case, RMA or work order, or held as critical spares for one service contract (R-RMA-2, R-RMA-5).',
  schema: z.object({
    reservationId: z.uuid(),
    kind: z.enum(['reservation', 'contract-hold']).describe('contract-hold: critical spares only that contract\'s cases may draw on'),
    warehouseCode: z.string(),
    partNumber: z.string().describe('The part reserved: the one asked for, or its substitute'),
    requestedPartNumber: z.string(),
    substitute: z.boolean().describe('True when the part asked for was out and an equivalent or better one was reserved'),
    quantity: z.number().int().positive(),
    contractId: z.uuid().nullable(),
    caseId: z.uuid().nullable(),
    reference: z.string().describe('What the stock is for: an RMA number, a work order, a contract'),
    drawnFromHold: z.uuid().nullable().describe('The contract hold this reservation was taken from, if any'),
    availableAfter: z.number().int().nonnegative(),
    reservedBy: z.string(),
    reservedAt: isoDateTime,
  }),
  example: {
    reservationId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    kind: 'reservation',
    warehouseCode: 'BR-SH',
    partNumber: 'PSU-550W',
    requestedPartNumber: 'PSU-500W',
    substitute: true,
    quantity: 1,
    contractId: null,
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    reference: 'RMA-20261123-000001',
    drawnFromHold: null,
    availableAfter: 4,
    reservedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    reservedAt: '2026-11-23T05:59:00.000Z',
  },
});
export type StockReservedV1Data = z.infer<typeof StockReservedV1.schema>;
