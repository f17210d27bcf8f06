import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listUnitsQuery = z.strictObject({
  productModel: z.string().trim().min(1).max(64).optional(),
  customerId: z.uuid().optional(),
  ...pageQuery,
});
export class ListUnitsRequest extends createZodDto(listUnitsQuery) {}
