import { z } from 'zod';
import { defineEvent, isoDateTime, serviceMode } from '@aftersales/contracts-core';
import { entitlementRemedy, entitlementRuleOutcome } from './entitlement-determined.v1';

const outcome = z.object({
  inWarranty: z.boolean(),
  remedy: entitlementRemedy,
  allowedServiceModes: z.array(serviceMode),
  slaPlanCode: z.string().nullable(),
});

/** R-WA-2 causes an engineer can find; `unknown` when the diagnosis could not tell. */
export const faultCause = z.enum(['product-defect', 'wear', 'unknown', 'human-damage', 'accidental-damage', 'unauthorised-modification', 'unauthorised-repair', 'misuse']);

export const EntitlementChangedV1 = defineEvent({
  subject: 'aftersales.warranty.entitlement.changed.v1',
  summary:
    "A case's entitlement changed on new evidence, e.g. a diagnosis that found human damage turns a free repair into paid service (R-WA-2, R-WA-3, R-WA-4, R-WA-7).",
  schema: z.object({
    decisionId: z.uuid(),
    caseId: z.uuid(),
    serialNumber: z.string(),
    previous: outcome,
    current: outcome.extend({ coverage: z.object({ parts: z.boolean(), labour: z.boolean(), onSite: z.boolean(), travel: z.boolean() }) }),
    reason: z.string().describe('The outcome of the rule that changed the decision, e.g. R-WA-2: ... found human damage'),
    evidence: z.object({
      faultCode: z.string().nullable(),
      cause: faultCause.nullable(),
      defectiveOnArrival: z.boolean(),
      workOrderId: z.uuid().nullable(),
    }),
    rules: z.array(entitlementRuleOutcome).describe('Every rule evaluated, in order (R-WA-7)'),
    changedAt: isoDateTime,
  }),
  example: {
    decisionId: '0192f3a0-7c1e-7c3a-9a4e-0000000000d1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    serialNumber: 'SN-PX2000-0001',
    previous: { inWarranty: true, remedy: 'free-repair', allowedServiceModes: ['phone', 'remote', 'on-site', 'carry-in', 'mail-in'], slaPlanCode: null },
    current: {
      inWarranty: false,
      remedy: 'paid-service',
      allowedServiceModes: ['phone', 'remote', 'paid-service', 'carry-in'],
      slaPlanCode: null,
      coverage: { parts: false, labour: false, onSite: false, travel: false },
    },
    reason: 'R-WA-2: diagnosis of fault PSU-BURNT on 2026-11-24T03:10:00.000Z found human damage: excluded from warranty, paid service',
    evidence: { faultCode: 'PSU-BURNT', cause: 'human-damage', defectiveOnArrival: false, workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1' },
    rules: [{ rule: 'R-WA-2', outcome: 'failed', detail: 'diagnosis of fault PSU-BURNT on 2026-11-24T03:10:00.000Z found human damage: excluded from warranty, paid service' }],
    changedAt: '2026-11-24T03:10:02.000Z',
  },
});
export type EntitlementChangedV1Data = z.infer<typeof EntitlementChangedV1.schema>;
