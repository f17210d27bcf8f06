import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64');

export const receiveUnitSchema = z.strictObject({
  serialNumber: code.describe('The serial on the unit that came back: it must be the one the RMA expects'),
  warehouseCode: code.optional().describe('Where it came in; default: the warehouse that shipped the spare'),
});
export class ReceiveUnitRequest extends createZodDto(receiveUnitSchema) {}
