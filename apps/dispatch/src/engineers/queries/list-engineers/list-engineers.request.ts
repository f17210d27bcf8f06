import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listEngineersQuery = z.strictObject({
  homeBranch: z.string().trim().min(1).max(40).optional(),
  region: z.string().trim().min(1).max(50).optional(),
  skill: z.enum(['hardware', 'software', 'network', 'installation']).optional(),
  active: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export class ListEngineersRequest extends createZodDto(listEngineersQuery) {}
