import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { LANGUAGES } from '../../../survey-templates/domain/survey-template';

export const pendingSurveysQuery = z.strictObject({
  language: z.enum(LANGUAGES).optional().describe('Show the questions in this language instead of each survey’s'),
  ...pageQuery,
});
export class PendingSurveysRequest extends createZodDto(pendingSurveysQuery) {}
