import { TemplatePublishedV1Data } from '@aftersales/contracts-surveys';
import { SurveyTemplateEntity } from '../infrastructure/survey-template.entity';

/** template.published.v1 (R-SV-1). */
export function templatePublishedData(t: SurveyTemplateEntity): TemplatePublishedV1Data {
  return {
    code: t.code,
    version: t.version,
    questionIds: t.definition.questions.map((q) => q.id),
    appliesTo: t.definition.appliesTo,
    active: t.definition.active,
    publishedBy: t.createdBy,
    publishedAt: t.createdAt.toISOString(),
  };
}
