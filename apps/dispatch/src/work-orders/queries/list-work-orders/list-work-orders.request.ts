import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { WORK_ORDER_STATUSES } from '../../domain/work-order-lifecycle';

export const listWorkOrdersQuery = z.strictObject({
  caseId: z.uuid().optional(),
  engineerId: z.uuid().optional(),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  branchCode: z.string().trim().min(1).max(40).optional(),
  ...pageQuery,
});
export class ListWorkOrdersRequest extends createZodDto(listWorkOrdersQuery) {}
