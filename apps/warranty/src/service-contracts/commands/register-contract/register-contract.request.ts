import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';
import { coverageSchema } from '../../../installed-base/installed-base.view';
import { contractTier, money, serviceTargets, slaPlanCode } from '../../service-contracts.view';

export const registerContractSchema = z
  .strictObject({
    contractNumber: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64')
      .describe('The number on the signed contract'),
    serialNumber: z.string().trim().min(1).max(100).describe('A registered unit'),
    customerId: z.uuid().nullable().optional(),
    tier: contractTier,
    slaPlanCode: slaPlanCode.optional().describe('Defaults by tier: 5x8 standard, 7x24 premium-7x24'),
    targets: serviceTargets,
    coverage: coverageSchema,
    startsOn: isoDate,
    endsOn: isoDate.describe('Last covered day, inclusive'),
    price: money.describe('R-WA-6: contracts are paid'),
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], message: 'must not be before startsOn' });
export class RegisterContractRequest extends createZodDto(registerContractSchema) {}
