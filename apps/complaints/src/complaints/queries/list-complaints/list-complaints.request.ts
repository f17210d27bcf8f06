import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { COMPLAINT_STATUSES } from '../../domain/complaint-lifecycle';

export const listComplaintsQuery = z.strictObject({
  caseId: z.uuid().optional().describe('Complaints concerning this case'),
  customerId: z.uuid().optional().describe('Staff only: a customer always sees their own complaints'),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  ...pageQuery,
});
export class ListComplaintsRequest extends createZodDto(listComplaintsQuery) {}
