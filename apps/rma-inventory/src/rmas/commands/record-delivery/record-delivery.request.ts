import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const recordDeliverySchema = z.strictObject({
  deliveredAt: isoDateTime.optional().describe("The carrier's proof of delivery; default: now. Not in the future, not before the shipment"),
});
export class RecordDeliveryRequest extends createZodDto(recordDeliverySchema) {}
