import { SurveySentV1Data } from '@aftersales/contracts-surveys';
import { SurveyTemplateDefinition } from '../../survey-templates/domain/survey-template';
import { SurveyEntity } from '../infrastructure/survey.entity';

/**
 * survey.sent.v1: the invitation a notifier delivers (R-SV-1). Intake's events carry no contact details, so the
 * recipient is the customer; channel and address stay null until a producer carries them.
 */
export function surveySentData(s: SurveyEntity, template: SurveyTemplateDefinition, link: string): SurveySentV1Data {
  return {
    surveyId: s.id,
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    recipient: { customerId: s.customerId, contactId: null, preferredChannel: null, address: null },
    templateCode: s.templateCode,
    templateVersion: s.templateVersion,
    title: template.title[s.language],
    language: s.language,
    link,
    sentAt: s.sentAt.toISOString(),
    remindAt: s.remindAt?.toISOString() ?? null,
    expiresAt: (s.expiresAt as Date).toISOString(),
  };
}
