import { z } from 'zod';
import { defineEvent, isoDateTime, priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory } from './case-opened.v1';

export const CaseDispatchRequestedV1 = defineEvent({
  subject: 'aftersales.intake.case.dispatch-requested.v1',
  summary: 'A case needs field or depot work; dispatch creates a work order for it (R-DS-1).',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    customerId: z.uuid(),
    productModel: z.string(),
    serialNumber: z.string(),
    category: caseCategory,
    priority: priorityLevel,
    serviceMode: serviceMode,
    inWarranty: z.boolean().describe('From the entitlement decision: free or paid service'),
    region: z.string().nullable().describe('Region of the site, for assignment by territory (R-DS-3)'),
    requestedAt: isoDateTime,
    engineerResponse: z
      .object({
        planCode: z.string().describe('The SLA plan the figures come from'),
        windowMinutesByPriority: z
          .object({ P1: z.number().int().positive(), P2: z.number().int().positive(), P3: z.number().int().positive(), P4: z.number().int().positive() })
          .describe('R-SLA-2: the engineer contacts the customer within this many minutes of assignment, by the case priority'),
        ladder: z
          .array(z.object({ afterMinutes: z.number().int().positive(), reassign: z.boolean() }))
          .describe('R-SLA-4: reminders to a silent engineer, minutes after assignment; a rung with reassign also hands the order on'),
      })
      .optional()
      .describe("The SLA plan's engineer-response settings (R-SLA-2, R-SLA-4); without them dispatch keeps its own defaults"),
    slaDueAt: z
      .array(z.object({ clock: z.string(), dueAt: isoDateTime, rule: z.string() }))
      .optional()
      .describe('The deadlines of the case’s running SLA clocks when dispatch was requested (response, diagnosis, resolution, on-site...), so the work order is planned inside them'),
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    productModel: 'PX-2000',
    serialNumber: 'SN-PX2000-0001',
    category: 'fault-hardware',
    priority: 'P2',
    serviceMode: 'on-site',
    inWarranty: true,
    region: 'east',
    requestedAt: '2026-11-23T08:15:02.000Z',
    engineerResponse: {
      planCode: 'standard',
      windowMinutesByPriority: { P1: 60, P2: 60, P3: 30, P4: 30 },
      ladder: [
        { afterMinutes: 30, reassign: false },
        { afterMinutes: 45, reassign: true },
      ],
    },
    slaDueAt: [
      { clock: 'diagnosis', dueAt: '2026-11-23T12:15:02.000Z', rule: 'R-SLA-3: P2 diagnosed within 4 h' },
      { clock: 'resolution', dueAt: '2026-11-26T08:15:02.000Z', rule: 'P2 resolved within 24 working hours (plan default)' },
    ],
  },
});
export type CaseDispatchRequestedV1Data = z.infer<typeof CaseDispatchRequestedV1.schema>;
