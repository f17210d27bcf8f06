import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';

export const transferUnitSchema = z.strictObject({
  toCustomerId: z.uuid().describe('The new owner'),
  transferredOn: isoDate.describe('The day the unit changed hands'),
  note: z.string().trim().min(1).max(500).optional(),
});
export class TransferUnitRequest extends createZodDto(transferUnitSchema) {}
