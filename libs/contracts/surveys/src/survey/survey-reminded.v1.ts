import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { surveyLanguage, surveyRecipient } from './survey-common';

export const SurveyRemindedV1 = defineEvent({
  subject: 'aftersales.surveys.survey.reminded.v1',
  summary: 'A survey is still unanswered N days after it was sent (R-SV-1): remind the customer once, with the same link.',
  schema: z.object({
    surveyId: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    recipient: surveyRecipient,
    title: z.string(),
    language: surveyLanguage,
    link: z.url(),
    remindedAt: isoDateTime,
    expiresAt: isoDateTime,
  }),
  example: {
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    recipient: { customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001', contactId: null, preferredChannel: null, address: null },
    title: '服务满意度调查',
    language: 'zh-CN',
    link: 'https://portal.example.com/survey?t=eyJhbGciOiJIUzI1NiJ9.e30.signature',
    remindedAt: '2026-11-26T16:00:00.000Z',
    expiresAt: '2026-11-30T16:00:00.000Z',
  },
});
export type SurveyRemindedV1Data = z.infer<typeof SurveyRemindedV1.schema>;
