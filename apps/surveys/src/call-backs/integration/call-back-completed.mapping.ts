import { CallBackCompletedV1Data } from '@aftersales/contracts-surveys';
import { CallBackEntity } from '../infrastructure/call-back.entity';

/** call-back.completed.v1 (R-SV-3). */
export function callBackCompletedData(c: CallBackEntity): CallBackCompletedV1Data {
  return {
    callBackId: c.id,
    surveyId: c.surveyId,
    caseId: c.caseId,
    reached: c.reached as boolean,
    notes: c.notes,
    completedBy: c.completedBy as string,
    completedAt: (c.completedAt as Date).toISOString(),
  };
}
