import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const StockReservationReleasedV1 = defineEvent({
  subject: 'aftersales.rma.stock.reservation-released.v1',
  summary: 'A reservation (or part of a contract hold) was given back to available stock (R-RMA-5).',
  schema: z.object({
    reservationId: z.uuid(),
    kind: z.enum(['reservation', 'contract-hold']),
    warehouseCode: z.string(),
    partNumber: z.string(),
    quantity: z.number().int().positive().describe('How many went back to available'),
    reference: z.string(),
    reason: z.string(),
    availableAfter: z.number().int().nonnegative(),
    releasedBy: z.string(),
    releasedAt: isoDateTime,
  }),
  example: {
    reservationId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    kind: 'reservation',
    warehouseCode: 'BR-SH',
    partNumber: 'PSU-550W',
    quantity: 1,
    reference: 'RMA-20261123-000001',
    reason: 'RMA rejected',
    availableAfter: 5,
    releasedBy: 'system',
    releasedAt: '2026-11-23T07:00:00.000Z',
  },
});
export type StockReservationReleasedV1Data = z.infer<typeof StockReservationReleasedV1.schema>;
