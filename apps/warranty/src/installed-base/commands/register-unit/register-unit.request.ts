import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';
import { proofType } from '../../installed-base.view';

export const registerUnitSchema = z.strictObject({
  serialNumber: z.string().trim().min(1).max(100),
  productModel: z.string().trim().min(1).max(64).describe('Code of a registered product model'),
  customerId: z.uuid().nullable().optional().describe('Owner, when known'),
  purchaseDate: isoDate.nullable().optional(),
  deliveryDate: isoDate.nullable().optional(),
  acceptanceDate: isoDate.nullable().optional().describe('Final acceptance (completion) of an installation'),
  proofType: proofType.describe('R-WA-5: without a warranty card the delivery (completion) date starts the warranty'),
});
export class RegisterUnitRequest extends createZodDto(registerUnitSchema) {}
