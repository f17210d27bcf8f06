import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaApprovedV1 = defineEvent({
  subject: 'aftersales.rma.rma.approved.v1',
  summary:
    'An RMA was approved, with the reason; an advance replacement or exchange has its spare reserved in the nearest warehouse holding it and a ship-by deadline on that warehouse calendar (R-RMA-2, R-RMA-7).',
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    reason: z.string(),
    approvedBy: z.string(),
    reservation: z
      .object({
        reservationId: z.string(),
        warehouseCode: z.string(),
        partNumber: z.string(),
        substituteFor: z.string().nullable().describe('The part asked for, when an equivalent or better substitute was reserved instead'),
      })
      .nullable(),
    shipBy: isoDateTime.nullable().describe('R-RMA-2: the end of the same working day before the 14:00 cut-off, else noon of the next working day'),
    shipByRule: z.string().nullable().describe('Why the spare ships by then, in words'),
    approvedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    reason: 'Hardware fault confirmed by remote diagnosis',
    approvedBy: 'rma-admin-1',
    reservation: { reservationId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a7', warehouseCode: 'SH-BRANCH', partNumber: 'PX-2000-UNIT', substituteFor: null },
    shipBy: '2026-11-23T09:00:00.000Z',
    shipByRule: 'R-RMA-2: approved 13:20 on working day 2026-11-23 (before 14:00, SH-BRANCH calendar): ships the same day, by 17:00',
    approvedAt: '2026-11-23T05:20:00.000Z',
  },
});
export type RmaApprovedV1Data = z.infer<typeof RmaApprovedV1.schema>;
