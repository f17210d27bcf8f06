import { EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EntitlementDecisionEntity } from '../infrastructure/entitlement-decision.entity';

/** entitlement.determined.v1: the stored decision of an opened case, with every rule it evaluated (R-WA-7). */
export function entitlementDeterminedData(row: EntitlementDecisionEntity): EntitlementDeterminedV1Data {
  return {
    decisionId: row.id,
    caseId: row.caseId,
    serialNumber: row.serialNumber,
    productModel: row.productModel,
    inWarranty: row.inWarranty,
    warrantyStartsOn: row.warrantyStartsOn,
    warrantyEndsOn: row.warrantyEndsOn,
    coverage: { parts: row.coverage.parts, labour: row.coverage.labour, onSite: row.coverage.onSite },
    allowedServiceModes: row.allowedServiceModes,
    slaPlanCode: row.slaPlanCode,
    remedy: row.remedy,
    contractId: row.contractId,
    slaTerms: row.slaTerms ?? null,
    rules: row.rules,
    determinedAt: row.decidedAt.toISOString(),
  };
}
