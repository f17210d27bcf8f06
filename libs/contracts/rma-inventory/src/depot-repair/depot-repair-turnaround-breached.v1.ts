import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const DepotRepairTurnaroundBreachedV1 = defineEvent({
  subject: 'aftersales.rma.depot-repair.turnaround-breached.v1',
  summary: 'A depot repair under the 72-working-hour turnaround was not shipped back in time (R-RMA-4, R-RMA-6).',
  schema: z.object({ repairId: z.uuid(), repairNumber: z.string(), caseId: z.uuid(), dueAt: isoDateTime, breachedAt: isoDateTime }),
  example: { repairId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e9', repairNumber: 'DR-20261123-000001', caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f', dueAt: '2026-12-03T09:00:00.000Z', breachedAt: '2026-12-03T09:00:00.000Z' },
});
export type DepotRepairTurnaroundBreachedV1Data = z.infer<typeof DepotRepairTurnaroundBreachedV1.schema>;
