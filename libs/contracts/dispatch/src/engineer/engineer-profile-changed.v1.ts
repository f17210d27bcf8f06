import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const EngineerProfileChangedV1 = defineEvent({
  subject: 'aftersales.dispatch.engineer.profile-changed.v1',
  summary:
    'An engineer profile was created or replaced (R-DS-3): who they are, how to reach them, their home unit and whether they take work, so that other services (the notifier, R-SLA-7) know them without re-entry. Carries the whole profile; the newest changedAt wins.',
  schema: z.object({
    engineerId: z.uuid().describe('The engineer’s user id (the sub of their token), as named by work-order events'),
    name: z.string(),
    email: z.string().nullable().optional().describe('Work email, if dispatch knows it'),
    phone: z.string().nullable().optional().describe('Work mobile, if dispatch knows it (SMS and work-chat @-mentions)'),
    homeBranch: z.string().describe('Code of the org unit the engineer belongs to'),
    region: z.string(),
    active: z.boolean().describe('False: deactivated, takes no more work'),
    timeZone: z.string().nullable().optional().describe('The IANA zone of their working calendar; null = 7x24 without a zone'),
    changedAt: isoDateTime,
  }),
  example: {
    engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
    name: 'Li Wei',
    email: 'li.wei@branch.example',
    phone: '13800000003',
    homeBranch: 'BR-SH',
    region: 'east',
    active: true,
    timeZone: 'Asia/Shanghai',
    changedAt: '2026-11-23T01:00:00.000Z',
  },
});
export type EngineerProfileChangedV1Data = z.infer<typeof EngineerProfileChangedV1.schema>;
