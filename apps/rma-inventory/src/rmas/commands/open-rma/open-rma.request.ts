import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { faultCause } from '@aftersales/contracts-warranty';
import { rmaReasonCode, rmaType } from '@aftersales/contracts-rma-inventory';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64');

export const rmaLineInput = z
  .strictObject({
    kind: z.enum(['unit', 'part']),
    serialNumber: code.nullable().default(null),
    partNumber: code.nullable().default(null).describe('The part or unit to ship in its place, for an advance replacement or exchange'),
    quantity: z.number().int().min(1).max(1000).default(1),
    reasonCode: rmaReasonCode,
  })
  .refine((l) => l.kind === 'part' || l.serialNumber !== null, { path: ['serialNumber'], message: 'a unit line names its serial number' })
  .refine((l) => l.kind === 'unit' || l.partNumber !== null, { path: ['partNumber'], message: 'a part line names its part number' });

export const openRmaSchema = z.strictObject({
  type: rmaType.exclude(['standby-loan']).describe('R-RMA-1; standby loans are opened by the visit that lends the unit (R-DS-5)'),
  caseId: z.uuid(),
  decisionId: z.uuid().nullable().default(null).describe('The warranty decision it rests on'),
  serialNumber: code.describe("The customer's unit"),
  productModel: code.nullable().default(null),
  customerId: z.uuid().nullable().default(null),
  region: code.nullable().default(null).describe("The customer's region: the nearest warehouse is looked for there first"),
  faultCause: faultCause.nullable().default(null).describe('R-RMA-8: a cause of the customer’s doing makes the customer pay the shipping'),
  lines: z.array(rmaLineInput).min(1).max(50),
});
export type OpenRmaInput = z.infer<typeof openRmaSchema>;
export class OpenRmaRequest extends createZodDto(openRmaSchema) {}
