import { z } from 'zod';
import { defineEvent, isoDateTime, serviceMode } from '@aftersales/contracts-core';

export const WorkOrderAssignedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.assigned.v1',
  summary: 'A work order was assigned to an engineer; the acknowledgement clock starts (R-DS-3, R-SLA-4).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    engineerId: z.uuid(),
    engineerName: z.string().optional().describe('The engineer as people call them, for the case and its notices (issue #15)'),
    serviceMode: serviceMode,
    branchCode: z.string().nullable().optional().describe('The branch covering the site (R-DS-3): its staff read the case (R-IN-8), KPIs per branch count it there (R-SV-4)'),
    assignment: z.enum(['automatic', 'manual', 'reassigned', 'takeover', 'escalated']),
    assignedAt: isoDateTime,
    previousEngineerId: z.uuid().nullable().optional().describe('The engineer the order was taken from, if any'),
    previousEngineerName: z.string().nullable().optional().describe('Their name, if any'),
    respondBy: isoDateTime.optional().describe('R-SLA-4: the engineer must contact the customer by then'),
    respondImmediately: z.boolean().optional().describe('R-SLA-4: reassigned because the previous engineer did not respond; contact the customer at once'),
    reasons: z.array(z.string()).optional().describe('Why this engineer: the parts of the assignment score (R-DS-3)'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    engineerName: 'Li Wei',
    serviceMode: 'on-site',
    branchCode: 'BR-SH',
    assignment: 'automatic',
    assignedAt: '2026-11-23T08:15:03.000Z',
    previousEngineerId: null,
    previousEngineerName: null,
    respondBy: '2026-11-23T09:15:03.000Z',
    respondImmediately: false,
    reasons: ['has skill hardware', 'works in region east', '1/5 open orders', 'working now'],
  },
});
export type WorkOrderAssignedV1Data = z.infer<typeof WorkOrderAssignedV1.schema>;
