import { SurveyRemindedV1Data } from '@aftersales/contracts-surveys';
import { SurveyTemplateDefinition } from '../../survey-templates/domain/survey-template';
import { SurveyEntity } from '../infrastructure/survey.entity';

/** survey.reminded.v1: the same link again, once (R-SV-1). */
export function surveyRemindedData(s: SurveyEntity, template: SurveyTemplateDefinition, link: string): SurveyRemindedV1Data {
  return {
    surveyId: s.id,
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    recipient: { customerId: s.customerId, contactId: null, preferredChannel: null, address: null },
    title: template.title[s.language],
    language: s.language,
    link,
    remindedAt: (s.remindedAt as Date).toISOString(),
    expiresAt: (s.expiresAt as Date).toISOString(),
  };
}
