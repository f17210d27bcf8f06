import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { answerValue } from '../record-response/record-response.request';

/** The link's token: a compact JWT. */
export const linkToken = z.string().min(1).max(2048).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'a survey link token');

export const answerByLinkSchema = z.strictObject({
  token: linkToken.describe('The t parameter of the survey link'),
  answers: z.record(z.string().max(100), answerValue).describe('By question id: csat 1-5, nps 0-10, yes-no true/false, choice the option value, text'),
});
export class AnswerByLinkRequest extends createZodDto(answerByLinkSchema) {}
