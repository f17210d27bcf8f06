import { CaseClosedV1Data } from '@aftersales/contracts-intake';
import { CaseEntity } from '../infrastructure/case.entity';

/** aftersales.intake.case.closed.v1: the customer confirmed, or the confirmation timed out (R-IN-7); it sets off the survey (R-SV-1). */
export function caseClosedData(c: CaseEntity, closedAt: Date, confirmation: CaseClosedV1Data['confirmation']): CaseClosedV1Data {
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    customerId: c.customerId,
    productModel: c.productModel,
    category: c.category,
    closedAt: closedAt.toISOString(),
    confirmation,
  };
}
