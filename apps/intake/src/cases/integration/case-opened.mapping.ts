import { CaseOpenedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.opened.v1: a new case, whatever its channel (R-IN-1..5). No contact details (R-IN-8). */
export function caseOpenedData(c: CaseEntity): CaseOpenedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    channel: c.channel,
    customerId: c.customerId,
    productModel: c.productModel,
    serialNumber: c.serialNumber,
    purchaseDate: c.purchaseDate,
    purchaseProof: c.purchaseProof,
    category: c.category,
    priority: c.priority,
    symptoms: c.symptoms,
    openedAt: c.createdAt.toISOString(),
    complainant: c.complainant ?? null,
  };
}
