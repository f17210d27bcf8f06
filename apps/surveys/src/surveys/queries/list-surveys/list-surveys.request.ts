import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { SURVEY_STATUSES } from '../../domain/survey-lifecycle';

export const listSurveysQuery = z.strictObject({
  caseId: z.uuid().optional(),
  customerId: z.uuid().optional().describe('Staff only: a customer always sees their own surveys'),
  status: z.enum(SURVEY_STATUSES).optional(),
  ...pageQuery,
});
export class ListSurveysRequest extends createZodDto(listSurveysQuery) {}
