import { CaseReopenRequestedV1Data } from '@aftersales/contracts-surveys';
import { FollowUp } from '../../survey-templates/domain/survey-template';
import { SurveyEntity, SurveyResponseEntity } from '../infrastructure/survey.entity';

/** survey.case-reopen-requested.v1: a low score asks intake to reopen the case, naming the survey (R-SV-3). */
export function caseReopenRequestedData(s: SurveyEntity, r: SurveyResponseEntity, f: FollowUp): CaseReopenRequestedV1Data {
  return {
    surveyId: s.id,
    responseId: r.id,
    caseId: s.caseId,
    customerId: s.customerId,
    questionId: f.questionId,
    score: f.score,
    reason: `Survey ${s.id} (${s.caseNumber}): question ${f.questionId} scored ${f.score}, at or below the template's threshold`,
    requestedAt: r.receivedAt.toISOString(),
  };
}
