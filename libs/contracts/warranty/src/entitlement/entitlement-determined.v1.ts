import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, serviceMode } from '@aftersales/contracts-core';

export const entitlementRuleOutcome = z.object({
  rule: z.string().describe('Domain rule id, e.g. R-WA-1'),
  outcome: z.enum(['passed', 'failed', 'not-applicable']),
  detail: z.string(),
});

/** What the customer gets (R-WA-2, R-WA-3, R-WA-4, R-DS-7). */
export const entitlementRemedy = z.enum(['free-repair', 'replacement', 'return-or-exchange', 'exchange', 'paid-service']);

/** R-WA-6: a service contract's own SLA terms, which replace the plan's targets and calendar in intake's clocks. */
export const contractSlaTerms = z.object({
  responseMinutes: z.number().int().positive().describe('R-SLA-1: the first answer'),
  onSiteMinutes: z.number().int().positive().describe('R-SLA-1: the engineer on site'),
  fixMinutes: z.number().int().positive().nullable().describe('R-SLA-1: the fix; null keeps the plan’s resolution target'),
  calendar: z.enum(['business', '24x7']).describe('5x8 contracts count business hours, 7x24 ones around the clock (R-SLA-6)'),
  calendarId: z.string().describe('The business calendar in intake the business hours come from, e.g. business'),
});
export type ContractSlaTerms = z.infer<typeof contractSlaTerms>;

export const EntitlementDeterminedV1 = defineEvent({
  subject: 'aftersales.warranty.entitlement.determined.v1',
  summary: 'Warranty decided whether a case is covered, with every rule evaluated and the evidence used (R-WA-1, R-WA-7).',
  schema: z.object({
    decisionId: z.uuid(),
    caseId: z.uuid(),
    serialNumber: z.string(),
    productModel: z.string(),
    inWarranty: z.boolean(),
    warrantyStartsOn: isoDate.nullable(),
    warrantyEndsOn: isoDate.nullable(),
    coverage: z.object({ parts: z.boolean(), labour: z.boolean(), onSite: z.boolean() }),
    allowedServiceModes: z.array(serviceMode),
    slaPlanCode: z.string().nullable().describe('From a service contract, when the unit has one'),
    rules: z.array(entitlementRuleOutcome),
    determinedAt: isoDateTime,
    remedy: entitlementRemedy
      .optional()
      .describe('Free repair, replacement when one fault comes back after three repairs (R-WA-4), return or exchange (R-WA-3), or paid service (R-WA-2)'),
    contractId: z.uuid().nullable().optional().describe('The service contract in force (R-WA-6) whose SLA plan is slaPlanCode'),
    slaTerms: contractSlaTerms
      .nullable()
      .optional()
      .describe("The contract's own targets and calendar when it carries them (R-WA-6): intake runs the plan's clocks on these instead"),
  }),
  example: {
    decisionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    serialNumber: 'SN-PX2000-0001',
    productModel: 'PX-2000',
    inWarranty: true,
    warrantyStartsOn: '2026-03-02',
    warrantyEndsOn: '2027-03-01',
    coverage: { parts: true, labour: true, onSite: true },
    allowedServiceModes: ['phone', 'remote', 'on-site'],
    slaPlanCode: 'premium-7x24',
    rules: [
      { rule: 'R-WA-1', outcome: 'passed', detail: '12-month period from purchase 2026-03-02 covers 2026-11-23' },
      { rule: 'R-WA-6', outcome: 'passed', detail: 'service contract SC-2026-0042 (7x24, SLA plan premium-7x24) in force from 2026-03-02 to 2029-03-01 inclusive covers 2026-11-23' },
    ],
    determinedAt: '2026-11-23T08:15:01.000Z',
    remedy: 'free-repair',
    contractId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    slaTerms: null,
  },
});
export type EntitlementDeterminedV1Data = z.infer<typeof EntitlementDeterminedV1.schema>;
