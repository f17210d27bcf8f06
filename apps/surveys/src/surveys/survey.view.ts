import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { FOLLOW_UP_ACTIONS, LANGUAGES, QUESTION_KINDS } from '../survey-templates/domain/survey-template';
import { SURVEY_STATUSES } from './domain/survey-lifecycle';
import { SurveyEntity, SurveyResponseEntity } from './infrastructure/survey.entity';

const answerViewSchema = z.object({ questionId: z.string(), kind: z.string(), value: z.union([z.number(), z.boolean(), z.string()]) });
const followUpViewSchema = z.object({
  action: z.enum(FOLLOW_UP_ACTIONS).describe('complaint: complaints opens one; reopen: intake is asked to reopen the case; call-back: a task here'),
  questionId: z.string(),
  score: z.number().int(),
});

/** The API shape of an answer (documented in OpenAPI). */
export const surveyResponseViewSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  score: z.number().int().describe('Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)'),
  comment: z.string().nullable(),
  channel: z.enum(['online', 'phone']).describe('online: the customer answered; phone: an agent recorded the answer'),
  receivedAt: isoDateTime,
  answers: z.array(answerViewSchema).describe('Every question answered'),
  followUps: z.array(followUpViewSchema).describe('R-SV-3: what the low scores led to, each linked to this survey'),
});
export type SurveyResponseView = z.infer<typeof surveyResponseViewSchema>;
export class SurveyResponseResponse extends createZodDto(surveyResponseViewSchema) {}

/** The API shape of a survey; customers get the same fields, for their own surveys only (R-IN-8). */
export const surveyViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  customerId: z.uuid(),
  templateCode: z.string().describe('The questionnaire sent, e.g. post-case'),
  templateVersion: z.number().int(),
  language: z.enum(LANGUAGES),
  status: z.enum(SURVEY_STATUSES),
  channel: z.enum(['portal', 'link']).describe('link: the invitation with its link went out and the portal shows it; portal: the portal only (older surveys)'),
  sentAt: isoDateTime,
  remindAt: isoDateTime.nullable(),
  remindedAt: isoDateTime.nullable(),
  expiresAt: isoDateTime.nullable(),
  expiredAt: isoDateTime.nullable(),
  answeredAt: isoDateTime.nullable(),
  response: surveyResponseViewSchema.nullable().describe('The answer, once given'),
  version: z.number().int(),
});
export type SurveyView = z.infer<typeof surveyViewSchema>;
export class SurveyResponse extends createZodDto(surveyViewSchema) {}
export class SurveyPageResponse extends createZodDto(z.object({ items: z.array(surveyViewSchema), nextCursor: z.uuid().nullable() })) {}

/** A survey as the customer fills it in: its questions in one language. */
export const surveyFormSchema = z.object({
  surveyId: z.uuid(),
  caseNumber: z.string(),
  status: z.enum(SURVEY_STATUSES),
  language: z.enum(LANGUAGES),
  title: z.string(),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(QUESTION_KINDS),
      text: z.string(),
      required: z.boolean(),
      options: z.array(z.object({ value: z.string(), text: z.string() })).optional(),
    }),
  ),
  expiresAt: isoDateTime.nullable(),
  link: z.string().nullable().describe('The survey link (the same one the invitation carried); null for older surveys'),
});
export type SurveyFormView = z.infer<typeof surveyFormSchema>;
export class SurveyFormResponse extends createZodDto(surveyFormSchema) {}
export class SurveyFormPageResponse extends createZodDto(z.object({ items: z.array(surveyFormSchema), nextCursor: z.uuid().nullable() })) {}

export function toResponseView(r: SurveyResponseEntity): SurveyResponseView {
  return {
    id: r.id,
    surveyId: r.surveyId,
    score: r.score,
    comment: r.comment,
    channel: r.channel,
    receivedAt: r.receivedAt.toISOString(),
    answers: r.answers,
    followUps: r.followUps,
  };
}

export function toSurveyView(s: SurveyEntity, response: SurveyResponseEntity | null): SurveyView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: s.id,
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    customerId: s.customerId,
    templateCode: s.templateCode,
    templateVersion: s.templateVersion,
    language: s.language,
    status: s.status,
    channel: s.channel,
    sentAt: s.sentAt.toISOString(),
    remindAt: iso(s.remindAt),
    remindedAt: iso(s.remindedAt),
    expiresAt: iso(s.expiresAt),
    expiredAt: iso(s.expiredAt),
    answeredAt: iso(s.answeredAt),
    response: response ? toResponseView(response) : null,
    version: s.version,
  };
}
