import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listCallBacksQuery = z.strictObject({
  status: z.enum(['open', 'done']).optional(),
  surveyId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  ...pageQuery,
});
export class ListCallBacksRequest extends createZodDto(listCallBacksQuery) {}
