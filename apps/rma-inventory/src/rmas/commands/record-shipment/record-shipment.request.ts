import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64');

export const recordShipmentSchema = z.strictObject({
  carrier: z.string().trim().min(1).max(100).describe('e.g. SF Express'),
  trackingNumber: code,
  serialShipped: code.describe('The serial of the spare, replacement or repaired unit that left'),
});
export class RecordShipmentRequest extends createZodDto(recordShipmentSchema) {}
