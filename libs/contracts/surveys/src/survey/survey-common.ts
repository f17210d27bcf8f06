import { z } from 'zod';

/** The languages a survey is written in (R-SV-1). */
export const surveyLanguage = z.enum(['zh-CN', 'en']);

/**
 * Who the invitation goes to. Intake's events carry no contact details, so the notifier resolves the address from
 * the customer (and contact, when known); preferredChannel and address are filled once a producer carries them.
 */
export const surveyRecipient = z.object({
  customerId: z.uuid(),
  contactId: z.uuid().nullable().describe('The case contact, when known'),
  preferredChannel: z.enum(['email', 'sms']).nullable().describe('The contact’s preferred channel, when known; null: the notifier decides'),
  address: z.string().nullable().describe('Email address or mobile number, when known; null: the notifier looks it up'),
});
