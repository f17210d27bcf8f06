import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code } from '../../../http/codes';
import { stockLines } from '../receive-stock/receive-stock.request';

export const dispatchTransferSchema = z.strictObject({
  fromWarehouse: code,
  toWarehouse: code,
  lines: stockLines,
  note: z.string().trim().max(1000).optional(),
});
export class DispatchTransferRequest extends createZodDto(dispatchTransferSchema) {}
