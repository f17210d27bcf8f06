import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const orgUnitManager = z.object({
  userId: z.uuid().describe('The manager’s user id (the sub of their token)'),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const OrgUnitChangedV1 = defineEvent({
  subject: 'aftersales.dispatch.org-unit.changed.v1',
  summary:
    'An organisation unit was created or replaced (R-DS-3): its kind, the regions a branch covers, its neighbours and its response-center manager, the first step of the escalation ladder for the branch’s cases (R-SLA-7). Carries the whole unit; the newest changedAt wins.',
  schema: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string().describe('call-center, technical-center, repair-center or branch'),
    regions: z.array(z.string()).describe('Regions a branch covers'),
    neighbours: z.array(z.string()),
    manager: orgUnitManager.nullable().optional().describe('The response-center manager of the unit (R-SLA-7); null: none named'),
    changedAt: isoDateTime,
  }),
  example: {
    code: 'BR-SH',
    name: 'Shanghai branch',
    kind: 'branch',
    regions: ['east'],
    neighbours: ['BR-NJ'],
    manager: { userId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1', name: 'Wang Fang', email: 'wang.fang@branch.example', phone: '13800000001' },
    changedAt: '2026-11-23T01:00:00.000Z',
  },
});
export type OrgUnitChangedV1Data = z.infer<typeof OrgUnitChangedV1.schema>;
