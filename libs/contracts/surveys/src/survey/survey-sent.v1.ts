import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { surveyLanguage, surveyRecipient } from './survey-common';

export const SurveySentV1 = defineEvent({
  subject: 'aftersales.surveys.survey.sent.v1',
  summary:
    'A closed case’s satisfaction survey is ready (R-SV-1): the invitation with its signed, single-use, expiring link, for the notifications service to deliver by the contact’s channel.',
  schema: z.object({
    surveyId: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    recipient: surveyRecipient,
    templateCode: z.string(),
    templateVersion: z.number().int().min(1),
    title: z.string().describe('The survey’s title in `language`'),
    language: surveyLanguage,
    link: z.url().describe('Answer without logging in; works once, until expiresAt'),
    sentAt: isoDateTime,
    remindAt: isoDateTime.nullable(),
    expiresAt: isoDateTime,
  }),
  example: {
    surveyId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    recipient: { customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001', contactId: null, preferredChannel: null, address: null },
    templateCode: 'post-case',
    templateVersion: 1,
    title: '服务满意度调查',
    language: 'zh-CN',
    link: 'https://portal.example.com/survey?t=eyJhbGciOiJIUzI1NiJ9.e30.signature',
    sentAt: '2026-11-23T16:00:00.000Z',
    remindAt: '2026-11-26T16:00:00.000Z',
    expiresAt: '2026-11-30T16:00:00.000Z',
  },
});
export type SurveySentV1Data = z.infer<typeof SurveySentV1.schema>;
