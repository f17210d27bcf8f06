import { CaseDispatchRequestedV1Data } from '@aftersales/contracts-intake';
import { ServiceMode } from '../domain/service-mode.policy';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.dispatch-requested.v1: the fault needs field work (R-DS-1), inside the case's SLA deadlines. */
export function caseDispatchRequestedData(
  c: CaseEntity,
  d: { serviceMode: ServiceMode; inWarranty: boolean; requestedAt: Date; slaDueAt: CaseDispatchRequestedV1Data['slaDueAt']; engineerResponse?: CaseDispatchRequestedV1Data['engineerResponse'] },
): CaseDispatchRequestedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    customerId: c.customerId,
    productModel: c.productModel,
    serialNumber: c.serialNumber,
    category: c.category,
    priority: c.priority,
    serviceMode: d.serviceMode,
    inWarranty: d.inWarranty,
    region: c.region,
    requestedAt: d.requestedAt.toISOString(),
    ...(d.engineerResponse ? { engineerResponse: d.engineerResponse } : {}),
    slaDueAt: d.slaDueAt,
  };
}
