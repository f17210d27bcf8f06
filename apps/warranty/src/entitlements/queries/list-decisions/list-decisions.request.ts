import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listDecisionsQuery = z.strictObject({
  caseId: z.uuid().optional(),
  serialNumber: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});
export class ListDecisionsRequest extends createZodDto(listDecisionsQuery) {}
