import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const listRoleAssignmentsQuery = z.strictObject({
  role: z.string().min(1).max(60).optional(),
  personId: z.uuid().optional(),
  at: isoDateTime.optional().describe('Only the entries valid at this time'),
});
export class ListRoleAssignmentsRequest extends createZodDto(listRoleAssignmentsQuery) {}
