import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { LANGUAGES } from '../../../survey-templates/domain/survey-template';
import { linkToken } from '../../commands/answer-by-link/answer-by-link.request';

export const openLinkSchema = z.strictObject({
  token: linkToken.describe('The t parameter of the survey link'),
  language: z.enum(LANGUAGES).optional().describe('Show the questions in this language instead of the survey’s'),
});
export class OpenLinkRequest extends createZodDto(openLinkSchema) {}
