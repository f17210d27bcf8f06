import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime, serviceMode } from '@aftersales/contracts-core';
import { entitlementRemedy, entitlementRuleOutcome } from '@aftersales/contracts-warranty';
import { EntitlementDecision } from './domain/entitlement.policy';
import { EntitlementDecisionEntity } from './infrastructure/entitlement-decision.entity';

const coverage = z.object({ parts: z.boolean(), labour: z.boolean(), onSite: z.boolean(), travel: z.boolean() });
const explanation = {
  productModel: z.string().nullable().describe("The registered unit's model, else the one reported"),
  inWarranty: z.boolean().describe('Free service applies: the period or a contract covers the day and no exclusion was found'),
  remedy: entitlementRemedy,
  warrantyStartsOn: isoDate.nullable(),
  warrantyEndsOn: isoDate.nullable().describe('Last covered day, inclusive, in the warranty time zone'),
  coverage,
  allowedServiceModes: z.array(serviceMode),
  rules: z.array(entitlementRuleOutcome).describe('Every rule evaluated, in order (R-WA-7)'),
  evidence: z.record(z.string(), z.unknown()).describe('The unit, policy, reported data and the day decided for'),
};

/** GET /v1/entitlements: a decision computed now, not stored. */
export const entitlementCheckViewSchema = z.object({
  serialNumber: z.string(),
  at: isoDateTime.describe('The instant decided for'),
  decidedFor: isoDate.describe('Its calendar date in the warranty time zone'),
  timeZone: z.string(),
  ...explanation,
  slaPlanCode: z.string().nullable().describe('The SLA plan of the service contract in force (R-WA-6)'),
  contract: z
    .object({ contractId: z.uuid(), contractNumber: z.string(), tier: z.enum(['5x8', '7x24']), slaPlanCode: z.string(), endsOn: isoDate })
    .nullable(),
  freeSoftwareUpgrades: z.boolean().describe('R-WA-8: within a contract term'),
});
export type EntitlementCheckView = z.infer<typeof entitlementCheckViewSchema>;
export class EntitlementCheckResponse extends createZodDto(entitlementCheckViewSchema) {}

export function toCheckView(serialNumber: string, d: EntitlementDecision): EntitlementCheckView {
  return {
    serialNumber,
    at: d.evidence.at,
    decidedFor: d.evidence.decidedFor,
    timeZone: d.evidence.timeZone,
    productModel: d.productModel,
    inWarranty: d.inWarranty,
    remedy: d.remedy,
    warrantyStartsOn: d.warrantyStartsOn,
    warrantyEndsOn: d.warrantyEndsOn,
    coverage: d.coverage,
    allowedServiceModes: d.allowedServiceModes,
    slaPlanCode: d.slaPlanCode,
    contract: d.contract,
    freeSoftwareUpgrades: d.freeSoftwareUpgrades,
    rules: d.rules,
    evidence: { ...d.evidence },
  };
}

/** A stored decision for a case (entitlement.determined.v1 carries the same). */
export const entitlementDecisionViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  serialNumber: z.string(),
  ...explanation,
  productModel: z.string(),
  slaPlanCode: z.string().nullable(),
  contractId: z.uuid().nullable(),
  diagnosis: z.record(z.string(), z.unknown()).nullable().describe("The engineer's diagnosis added as evidence (R-WA-2, R-WA-4)"),
  version: z.number().int().describe('1 when decided at opening, +1 on each re-evaluation'),
  decidedFor: isoDateTime,
  decidedAt: isoDateTime,
});
export type EntitlementDecisionView = z.infer<typeof entitlementDecisionViewSchema>;
export class EntitlementDecisionResponse extends createZodDto(entitlementDecisionViewSchema) {}
export class EntitlementDecisionPageResponse extends createZodDto(
  z.object({ items: z.array(entitlementDecisionViewSchema), nextCursor: z.uuid().nullable() }),
) {}

export function toDecisionView(d: EntitlementDecisionEntity): EntitlementDecisionView {
  return {
    id: d.id,
    caseId: d.caseId,
    serialNumber: d.serialNumber,
    productModel: d.productModel,
    inWarranty: d.inWarranty,
    remedy: d.remedy,
    warrantyStartsOn: d.warrantyStartsOn,
    warrantyEndsOn: d.warrantyEndsOn,
    coverage: d.coverage,
    allowedServiceModes: d.allowedServiceModes,
    slaPlanCode: d.slaPlanCode,
    contractId: d.contractId,
    diagnosis: d.diagnosis ? { ...d.diagnosis } : null,
    version: d.version,
    rules: d.rules,
    evidence: { ...d.evidence },
    decidedFor: d.decidedFor.toISOString(),
    decidedAt: d.decidedAt.toISOString(),
  };
}
