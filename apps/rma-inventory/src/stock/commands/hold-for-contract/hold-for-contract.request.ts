import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, reference } from '../../../http/codes';

export const holdForContractSchema = z.strictObject({
  partNumber: code,
  quantity: z.number().int().min(1).max(10_000),
  warehouseCode: code,
  contractId: z.uuid().describe('The service contract whose cases alone may draw on these spares'),
  reference: reference.optional().describe('The contract number, for people reading the ledger'),
});
export class HoldForContractRequest extends createZodDto(holdForContractSchema) {}
