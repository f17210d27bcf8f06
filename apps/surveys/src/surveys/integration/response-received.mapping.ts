import { ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { SurveyEntity, SurveyResponseEntity } from '../infrastructure/survey.entity';

/**
 * response.received.v1: the answer with its survey and case, so a low score can be followed up (R-SV-3). followUps
 * is what the template's thresholds decided; it is left out for surveys from before templates, and complaints then
 * applies its own threshold.
 */
export function responseReceivedData(survey: SurveyEntity, response: SurveyResponseEntity, fromTemplate: boolean): ResponseReceivedV1Data {
  return {
    responseId: response.id,
    surveyId: survey.id,
    caseId: survey.caseId,
    customerId: survey.customerId,
    score: response.score,
    comment: response.comment,
    receivedAt: response.receivedAt.toISOString(),
    templateCode: survey.templateCode,
    templateVersion: survey.templateVersion,
    answers: response.answers.map((a) => ({ questionId: a.questionId, kind: a.kind, value: a.value })),
    ...(fromTemplate ? { followUps: response.followUps.map((f) => f.action) } : {}),
    surveyLink: `/v1/surveys/${survey.id}`,
  };
}
