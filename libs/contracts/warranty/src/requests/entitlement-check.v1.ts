import { z } from 'zod';
import { isoDate, isoDateTime, serviceMode } from '@aftersales/contracts-core';
import { entitlementRemedy, entitlementRuleOutcome } from '../entitlement/entitlement-determined.v1';

/**
 * NATS request-reply (not an event): an agent on the phone asks whether a unit is entitled to free service now.
 * The subject sits outside every stream (`aftersales.rpc.*`, not `aftersales.warranty.>`), so JetStream does not
 * capture the request or answer it with an ack. Warranty replicas answer in the queue group `warranty`.
 */
export const ENTITLEMENT_CHECK_V1_SUBJECT = 'aftersales.rpc.warranty.entitlement.check.v1';

export const entitlementCheckRequestV1 = z.strictObject({
  serialNumber: z.string().trim().min(1).max(100),
  at: z.union([isoDateTime, isoDate]).optional().describe('An instant, or a calendar day in the warranty time zone; default now'),
  productModel: z.string().trim().min(1).max(100).optional().describe('For an unregistered unit: the model the customer reports'),
  purchaseDate: isoDate.optional().describe('For an unregistered unit: the purchase date the customer reports'),
});
export type EntitlementCheckRequestV1 = z.infer<typeof entitlementCheckRequestV1>;

export const entitlementCheckReplyV1 = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    entitlement: z.object({
      serialNumber: z.string(),
      decidedFor: isoDate,
      timeZone: z.string(),
      productModel: z.string().nullable(),
      inWarranty: z.boolean(),
      remedy: entitlementRemedy,
      warrantyStartsOn: isoDate.nullable(),
      warrantyEndsOn: isoDate.nullable(),
      coverage: z.object({ parts: z.boolean(), labour: z.boolean(), onSite: z.boolean(), travel: z.boolean() }),
      allowedServiceModes: z.array(serviceMode),
      slaPlanCode: z.string().nullable(),
      contractNumber: z.string().nullable(),
      rules: z.array(entitlementRuleOutcome),
    }),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['WARRANTY.BAD_REQUEST', 'WARRANTY.UNAVAILABLE']),
      message: z.string(),
    }),
  }),
]);
export type EntitlementCheckReplyV1 = z.infer<typeof entitlementCheckReplyV1>;
