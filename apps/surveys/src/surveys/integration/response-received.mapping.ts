import { ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { SurveyEntity, SurveyResponseEntity } from '../infrastructure/survey.entity';

/** response.received.v1: the answer with its survey and case, so a low score can be followed up (R-SV-3). */
export function responseReceivedData(survey: SurveyEntity, response: SurveyResponseEntity): ResponseReceivedV1Data {
  return {
    responseId: response.id,
    surveyId: survey.id,
    caseId: survey.caseId,
    customerId: survey.customerId,
    score: response.score,
    comment: response.comment,
    receivedAt: response.receivedAt.toISOString(),
  };
}
