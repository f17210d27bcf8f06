import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { INTEGRATOR_STATUSES } from '../../domain/integrator-lifecycle';

export const listIntegratorsQuery = z.strictObject({
  status: z.enum(INTEGRATOR_STATUSES).optional(),
  ...pageQuery,
});
export class ListIntegratorsRequest extends createZodDto(listIntegratorsQuery) {}
