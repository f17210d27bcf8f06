import { CallBackCreatedV1Data } from '@aftersales/contracts-surveys';
import { CallBackEntity } from '../infrastructure/call-back.entity';

/** call-back.created.v1 (R-SV-3). */
export function callBackCreatedData(c: CallBackEntity): CallBackCreatedV1Data {
  return {
    callBackId: c.id,
    surveyId: c.surveyId,
    responseId: c.responseId,
    caseId: c.caseId,
    customerId: c.customerId,
    questionId: c.questionId,
    score: c.score,
    dueOn: c.dueOn,
    createdAt: c.createdAt.toISOString(),
  };
}
