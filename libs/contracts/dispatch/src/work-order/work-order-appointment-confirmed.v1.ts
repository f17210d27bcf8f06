import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WorkOrderAppointmentConfirmedV1 = defineEvent({
  subject: 'aftersales.dispatch.work-order.appointment-confirmed.v1',
  summary: 'The customer confirmed a visit slot agreed with the engineer (R-DS-4); the first one marks the on-site arrangement against its 24-hour target (R-SLA-1).',
  schema: z.object({
    workOrderId: z.uuid(),
    workOrderNumber: z.string(),
    caseId: z.uuid(),
    appointmentId: z.uuid(),
    engineerId: z.uuid().nullable(),
    slotStart: isoDateTime,
    slotEnd: isoDateTime,
    confirmedAt: isoDateTime,
    rescheduled: z.boolean().describe('This slot replaces an earlier one'),
    arrangementDueAt: isoDateTime.nullable().describe('R-SLA-1: 24 hours after the order was created (on-site orders)'),
    arrangedWithinTarget: z.boolean().nullable().describe('The first arrangement was made by arrangementDueAt; null when the order has no target'),
  }),
  example: {
    workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    workOrderNumber: 'WO-20261123-000001',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    appointmentId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    slotStart: '2026-11-24T01:00:00.000Z',
    slotEnd: '2026-11-24T03:00:00.000Z',
    confirmedAt: '2026-11-23T09:10:00.000Z',
    rescheduled: false,
    arrangementDueAt: '2026-11-24T08:15:02.000Z',
    arrangedWithinTarget: true,
  },
});
export type WorkOrderAppointmentConfirmedV1Data = z.infer<typeof WorkOrderAppointmentConfirmedV1.schema>;
