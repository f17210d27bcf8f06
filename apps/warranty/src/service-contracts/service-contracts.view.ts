import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { coverageSchema } from '../installed-base/installed-base.view';
import { ServiceContractEntity } from './infrastructure/service-contract.entity';

/** R-WA-6 service tiers: business hours (5x8) or round the clock (7x24). */
export const contractTier = z.enum(['5x8', '7x24']);
/** An SLA plan of intake's (`standard`, `premium-7x24`, `emergency-7x24` or any plan an administrator defined). */
export const slaPlanCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an SLA plan code of intake, e.g. emergency-7x24');
export const DEFAULT_PLAN_BY_TIER = { '5x8': 'standard', '7x24': 'premium-7x24' } as const;

export const serviceTargets = z.strictObject({
  responseMinutes: z.number().int().min(1).max(10_080).describe('R-SLA-1: e.g. 10 for premium 7x24'),
  onSiteMinutes: z.number().int().min(1).max(20_160).describe('R-SLA-1: e.g. 120 for premium 7x24'),
  fixMinutes: z.number().int().min(1).max(43_200).nullable().default(null).describe('R-SLA-1: e.g. 180 for premium 7x24'),
  runClocks: z.boolean().default(false).describe("R-WA-6: the contract's own targets and calendar run the case's clocks instead of the plan's"),
  calendarId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .optional()
    .describe('The business calendar of intake a 5x8 contract counts on (default business)'),
});
export const money = z.strictObject({
  amountMinor: z.number().int().min(0).max(1e12).describe('Integer minor units (fen, cents)'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY'),
});

export const serviceContractViewSchema = z.object({
  id: z.uuid(),
  contractNumber: z.string(),
  serialNumber: z.string(),
  customerId: z.uuid().nullable(),
  tier: contractTier,
  slaPlanCode: z.string(),
  targets: z.object({ responseMinutes: z.number().int(), onSiteMinutes: z.number().int(), fixMinutes: z.number().int().nullable(), runClocks: z.boolean().optional(), calendarId: z.string().optional() }),
  coverage: coverageSchema,
  startsOn: isoDate,
  endsOn: isoDate.describe('Last covered day, inclusive, in the warranty time zone'),
  price: z.object({ amountMinor: z.number().int(), currency: z.string() }),
  createdAt: isoDateTime,
});
export type ServiceContractView = z.infer<typeof serviceContractViewSchema>;
export class ServiceContractResponse extends createZodDto(serviceContractViewSchema) {}
export class ServiceContractPageResponse extends createZodDto(z.object({ items: z.array(serviceContractViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toContractView(c: ServiceContractEntity): ServiceContractView {
  return {
    id: c.id,
    contractNumber: c.contractNumber,
    serialNumber: c.serialNumber,
    customerId: c.customerId,
    tier: c.tier,
    slaPlanCode: c.slaPlanCode,
    targets: c.targets,
    coverage: c.coverage,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    price: { amountMinor: c.priceMinor, currency: c.currency },
    createdAt: c.createdAt.toISOString(),
  };
}
