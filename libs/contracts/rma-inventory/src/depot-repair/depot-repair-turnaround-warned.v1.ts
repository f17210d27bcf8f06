import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const DepotRepairTurnaroundWarnedV1 = defineEvent({
  subject: 'aftersales.rma.depot-repair.turnaround-warned.v1',
  summary: 'A depot repair under the 72-working-hour turnaround has 8 working hours left and is not shipped back (R-RMA-4, R-RMA-6).',
  schema: z.object({ repairId: z.uuid(), repairNumber: z.string(), caseId: z.uuid(), dueAt: isoDateTime, warnedAt: isoDateTime }),
  example: { repairId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e9', repairNumber: 'DR-20261123-000001', caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f', dueAt: '2026-12-03T09:00:00.000Z', warnedAt: '2026-12-02T09:00:00.000Z' },
});
export type DepotRepairTurnaroundWarnedV1Data = z.infer<typeof DepotRepairTurnaroundWarnedV1.schema>;
