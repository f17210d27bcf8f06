import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { partLines, text } from '../visit.schemas';

export const recordPartsUsedSchema = z.strictObject({
  partsUsed: partLines.describe('Replaces the list of parts used on this visit'),
  warehouseCode: text(50).default('CENTRAL').describe('Where the parts were drawn from'),
  consent: z.strictObject({ customerName: text(200), consentedAt: isoDateTime }).nullable().describe('R-DS-4: the customer agreed to the parts being replaced'),
});
export class RecordPartsUsedRequest extends createZodDto(recordPartsUsedSchema) {}
