import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { code, reference } from '../../../http/codes';

export const reserveStockSchema = z
  .strictObject({
    partNumber: code,
    quantity: z.number().int().min(1).max(10_000),
    warehouseCode: code.optional().describe('Exactly this warehouse (an engineer van, the depot)'),
    nearTo: z.strictObject({ region: code }).optional().describe("The nearest warehouse to the customer's region that has it"),
    contractId: z.uuid().optional().describe("The case's service contract: its critical spares are drawn on first"),
    caseId: z.uuid().optional(),
    reference: reference.describe('What the stock is for: an RMA number, a work order number'),
    allowSubstitutes: z.boolean().default(true).describe('When the part is out, reserve its best ranked equivalent-or-better substitute'),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((r) => (r.warehouseCode === undefined) !== (r.nearTo === undefined), { message: 'name warehouseCode or nearTo, one of them', path: ['warehouseCode'] });
export class ReserveStockRequest extends createZodDto(reserveStockSchema) {}
