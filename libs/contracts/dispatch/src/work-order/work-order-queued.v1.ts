import { z } from 'zod';
import { defineEvent, isoDateTime, priorityLevel, serviceMode } from '@aftersales/contracts-core';

export const WorkOrderQueuedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.queued.v1',
  summary: 'No engineer is eligible for a work order: it waits in the dispatch queue, with the reasons, until one is (R-DS-3).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    priority: priorityLevel,
    serviceMode: serviceMode,
    region: z.string().nullable(),
    requiredSkill: z.string().nullable(),
    expert: z.boolean().describe('Waiting for a technical expert (escalation)'),
    reason: z.string().describe('Why nobody was eligible, in words'),
    rejections: z.record(z.string(), z.number().int().nonnegative()).describe('Engineers left out, counted by reason (missing-skill, region-not-covered, at-capacity, on-leave, off-duty, ...)'),
    queuedAt: isoDateTime,
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    priority: 'P2',
    serviceMode: 'on-site',
    region: 'north',
    requiredSkill: 'hardware',
    expert: false,
    reason: 'no eligible engineer: 2 at-capacity, 1 on-leave',
    rejections: { 'at-capacity': 2, 'on-leave': 1 },
    queuedAt: '2026-11-23T08:15:03.000Z',
  },
});
export type WorkOrderQueuedV1Data = z.infer<typeof WorkOrderQueuedV1.schema>;
