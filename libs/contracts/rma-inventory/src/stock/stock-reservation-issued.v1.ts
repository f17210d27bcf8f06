import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockReservationIssuedV1 = defineEvent({
  subject: 'aftersales.rma.stock.reservation-issued.v1',
  summary: 'Reserved stock left the warehouse: shipped to a customer or handed to an engineer, serials named (R-RMA-2, R-RMA-5).',
  schema: z.object({
    reservationId: z.uuid(),
    warehouseCode: z.string(),
    partNumber: z.string(),
    quantity: z.number().int().positive(),
    serialNumbers: z.array(z.string()).describe('The units shipped, for a serialised part'),
    destination: z.enum(['customer', 'work-order']),
    caseId: z.uuid().nullable(),
    reference: z.string(),
    onHandAfter: z.number().int().nonnegative(),
    issuedBy: z.string(),
    issuedAt: isoDateTime,
  }),
  example: {
    reservationId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    warehouseCode: 'BR-SH',
    partNumber: 'PSU-550W',
    quantity: 1,
    serialNumbers: ['PSU550-000123'],
    destination: 'customer',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    reference: 'RMA-20261123-000001',
    onHandAfter: 4,
    issuedBy: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    issuedAt: '2026-11-23T08:00:00.000Z',
  },
});
export type StockReservationIssuedV1Data = z.infer<typeof StockReservationIssuedV1.schema>;
