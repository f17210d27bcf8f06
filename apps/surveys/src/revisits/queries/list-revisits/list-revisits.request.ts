import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { REVISIT_KINDS, REVISIT_STATUSES } from '../../domain/revisit-plan';

export const listRevisitsQuery = z.strictObject({
  status: z.enum(REVISIT_STATUSES).optional(),
  kind: z.enum(REVISIT_KINDS).optional(),
  customerId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  dueBy: isoDate.optional().describe('Due on or before this date (the day’s worklist)'),
  ...pageQuery,
});
export class ListRevisitsRequest extends createZodDto(listRevisitsQuery) {}
