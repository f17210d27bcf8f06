import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const CustomerComplaintStandingChangedV1 = defineEvent({
  subject: 'aftersales.complaints.customer-standing.changed.v1',
  summary: 'A customer\'s complaint standing changed: complained before, open complaints, last complaint (R-CP-5). Intake keeps a copy.',
  schema: z.object({
    customerId: z.uuid(),
    complainedBefore: z.boolean(),
    complaintCount: z.number().int().min(0),
    openComplaints: z.number().int().min(0).describe('Complaints not yet resolved or closed'),
    lastComplaintId: z.uuid().nullable(),
    lastComplaintAt: isoDateTime.nullable(),
    changedAt: isoDateTime,
  }),
  example: {
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    complainedBefore: true,
    complaintCount: 1,
    openComplaints: 1,
    lastComplaintId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    lastComplaintAt: '2026-11-24T09:00:01.000Z',
    changedAt: '2026-11-24T09:00:01.000Z',
  },
});
export type CustomerComplaintStandingChangedV1Data = z.infer<typeof CustomerComplaintStandingChangedV1.schema>;
