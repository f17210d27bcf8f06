import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

/** R-RMA-6: the steps of a depot repair, in order. */
export const depotRepairStep = z.enum(['received', 'diagnosed', 'quoted', 'repaired', 'qc-passed', 'qc-failed', 'shipped-back']);
export type DepotRepairStep = z.infer<typeof depotRepairStep>;

export const DepotRepairStepRecordedV1 = defineEvent({
  subject: 'aftersales.rma.depot-repair.step-recorded.v1',
  summary:
    'A carried-in or mailed-in unit went through a depot step (received and checked, diagnosed, quoted, repaired, QC, shipped back), who did it and when; the customer is told of each (R-RMA-6).',
  schema: z.object({
    repairId: z.uuid(),
    repairNumber: z.string(),
    caseId: z.uuid(),
    customerId: z.uuid().nullable(),
    serialNumber: z.string(),
    mode: z.enum(['carry-in', 'mail-in']),
    step: depotRepairStep,
    summary: z.string().describe('The step in words for the customer, e.g. "Received: scratched lid, power cable, 3 photos"'),
    turnaroundDueAt: isoDateTime.nullable().describe('R-RMA-4: 72 working hours from receipt, where the policy says so'),
    by: z.string(),
    at: isoDateTime,
  }),
  example: {
    repairId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e9',
    repairNumber: 'DR-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    serialNumber: 'SN-PX2000-0001',
    mode: 'mail-in',
    step: 'received',
    summary: 'Received: scratched lid; accessories: power cable; 2 photos',
    turnaroundDueAt: '2026-12-03T09:00:00.000Z',
    by: 'depot-tech-1',
    at: '2026-11-23T01:30:00.000Z',
  },
});
export type DepotRepairStepRecordedV1Data = z.infer<typeof DepotRepairStepRecordedV1.schema>;
