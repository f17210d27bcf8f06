import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockIssuedV1 = defineEvent({
  subject: 'aftersales.rma.stock.issued.v1',
  summary: 'Spare parts were booked out of a warehouse in the stock ledger for a work order (R-RMA-5).',
  schema: z.object({
    issueId: z.uuid(),
    warehouseCode: z.string(),
    workOrderId: z.uuid(),
    caseId: z.uuid(),
    lines: z.array(
      z.object({
        partNumber: z.string(),
        quantity: z.number().int().positive(),
        onHandAfter: z.number().int().describe('Stock on hand after the issue; never negative (a shortfall is booked as a count adjustment first)'),
      }),
    ),
    issuedAt: isoDateTime,
  }),
  example: {
    issueId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1',
    warehouseCode: 'CENTRAL',
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    lines: [{ partNumber: 'PSU-500W', quantity: 1, onHandAfter: 9 }],
    issuedAt: '2026-11-23T12:40:01.000Z',
  },
});
export type StockIssuedV1Data = z.infer<typeof StockIssuedV1.schema>;
