import { SurveyExpiredV1Data } from '@aftersales/contracts-surveys';
import { SurveyEntity } from '../infrastructure/survey.entity';

/** survey.expired.v1 (R-SV-1). */
export function surveyExpiredData(s: SurveyEntity): SurveyExpiredV1Data {
  return { surveyId: s.id, caseId: s.caseId, customerId: s.customerId, expiredAt: (s.expiredAt as Date).toISOString() };
}
