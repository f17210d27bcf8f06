import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { SURVEY_STATUSES } from './domain/survey-lifecycle';
import { SurveyEntity, SurveyResponseEntity } from './infrastructure/survey.entity';

/** The API shape of an answer (documented in OpenAPI). */
export const surveyResponseViewSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  score: z.number().int().describe('1 (very dissatisfied) to 5 (very satisfied)'),
  comment: z.string().nullable(),
  channel: z.enum(['online', 'phone']).describe('online: the customer answered; phone: an agent recorded the answer'),
  receivedAt: isoDateTime,
});
export type SurveyResponseView = z.infer<typeof surveyResponseViewSchema>;
export class SurveyResponseResponse extends createZodDto(surveyResponseViewSchema) {}

/** The API shape of a survey; customers get the same fields, for their own surveys only (R-IN-8). */
export const surveyViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  customerId: z.uuid(),
  templateCode: z.string().describe('The questionnaire sent, e.g. post-case-v1'),
  status: z.enum(SURVEY_STATUSES),
  channel: z.enum(['portal']).describe('Where the survey was offered (R-SV-1)'),
  sentAt: isoDateTime,
  answeredAt: isoDateTime.nullable(),
  response: surveyResponseViewSchema.nullable().describe('The answer, once given'),
  version: z.number().int(),
});
export type SurveyView = z.infer<typeof surveyViewSchema>;
export class SurveyResponse extends createZodDto(surveyViewSchema) {}
export class SurveyPageResponse extends createZodDto(z.object({ items: z.array(surveyViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toResponseView(r: SurveyResponseEntity): SurveyResponseView {
  return { id: r.id, surveyId: r.surveyId, score: r.score, comment: r.comment, channel: r.channel, receivedAt: r.receivedAt.toISOString() };
}

export function toSurveyView(s: SurveyEntity, response: SurveyResponseEntity | null): SurveyView {
  return {
    id: s.id,
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    customerId: s.customerId,
    templateCode: s.templateCode,
    status: s.status,
    channel: s.channel,
    sentAt: s.sentAt.toISOString(),
    answeredAt: s.answeredAt?.toISOString() ?? null,
    response: response ? toResponseView(response) : null,
    version: s.version,
  };
}
