import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { code } from '../../../http/codes';

export const transfersQuery = z.strictObject({
  status: z.enum(['in-transit', 'received']).optional(),
  fromWarehouse: code.optional(),
  toWarehouse: code.optional(),
  ...pageQuery,
});
export class TransfersRequest extends createZodDto(transfersQuery) {}
