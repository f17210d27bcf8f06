import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, reference, serialNumber } from '../../../http/codes';

export const receiveCustomerReturnSchema = z.strictObject({
  warehouseCode: code,
  partNumber: code,
  quantity: z.number().int().min(1).max(1000).default(1),
  serialNumber: serialNumber.optional().describe('For a serialised part'),
  condition: z.enum(['good', 'faulty']).describe('good: back into available stock; faulty: held apart for inspection or repair'),
  reference: reference.describe('The RMA or work order it comes back on'),
});
export class ReceiveCustomerReturnRequest extends createZodDto(receiveCustomerReturnSchema) {}
