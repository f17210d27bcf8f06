import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { rmaStatus, rmaType } from '@aftersales/contracts-rma-inventory';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listRmasQuery = z.strictObject({
  caseId: z.uuid().optional(),
  serialNumber: z.string().trim().min(1).max(100).optional(),
  status: rmaStatus.optional(),
  type: rmaType.optional(),
  ...pageQuery,
});
export class ListRmasRequest extends createZodDto(listRmasQuery) {}
