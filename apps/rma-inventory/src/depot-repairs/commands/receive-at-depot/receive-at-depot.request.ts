import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64');

export const receiveAtDepotSchema = z.strictObject({
  caseId: z.uuid(),
  rmaId: z.uuid().nullable().default(null).describe('The repair-and-return RMA, when there is one'),
  customerId: z.uuid().nullable().default(null),
  serialNumber: code,
  productModel: code.nullable().default(null),
  mode: z.enum(['carry-in', 'mail-in']).describe('R-DS-1'),
  warehouseCode: code.describe('The depot'),
  condition: z.string().trim().min(1).max(2000).describe('The check on receipt: the state of the unit as it came in'),
  accessories: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  photos: z.array(z.url().max(2000)).max(20).default([]).describe('Links to the photos taken on receipt'),
  turnaround: z.boolean().default(false).describe('R-RMA-4: an exchange repair, turned around within 72 working hours'),
});
export class ReceiveAtDepotRequest extends createZodDto(receiveAtDepotSchema) {}
