import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { ENDPOINT_STATUSES } from './domain/endpoint-health';
import { WebhookAttemptEntity, WebhookEndpointEntity } from './infrastructure/webhook.entity';

export const endpointViewSchema = z.object({
  id: z.uuid(),
  integratorId: z.uuid(),
  url: z.string(),
  subjects: z.array(z.string()).describe('R-IG-4: subject filters, within what the integrator may read'),
  ordered: z.boolean().describe('R-IG-4: the events of one aggregate are sent one after the other'),
  status: z.enum(ENDPOINT_STATUSES),
  failingSince: isoDateTime.nullable().describe('R-IG-6: the first failed attempt since the last delivery'),
  disabledAt: isoDateTime.nullable(),
  disabledReason: z.enum(['failing', 'gone']).nullable(),
  createdAt: isoDateTime,
  version: z.number().int(),
});
export type EndpointView = z.infer<typeof endpointViewSchema>;

export const createdEndpointViewSchema = endpointViewSchema.extend({
  secret: z.string().describe('whsec_<base64>: verify each delivery with it (Standard Webhooks); shown in this answer'),
});
export type CreatedEndpointView = z.infer<typeof createdEndpointViewSchema>;

export const attemptViewSchema = z.object({
  id: z.uuid(),
  deliveryId: z.uuid(),
  attempt: z.number().int(),
  attemptedAt: isoDateTime,
  statusCode: z.number().int().nullable().describe('null: no answer (refused, timed out)'),
  error: z.string().nullable(),
  latencyMs: z.number().int(),
});
export type AttemptView = z.infer<typeof attemptViewSchema>;

export const replayViewSchema = z.object({ replayed: z.number().int().describe('Deliveries queued to be sent again') });
export type ReplayView = z.infer<typeof replayViewSchema>;

export class EndpointResponse extends createZodDto(endpointViewSchema) {}
export class CreatedEndpointResponse extends createZodDto(createdEndpointViewSchema) {}
export class EndpointPageResponse extends createZodDto(z.object({ items: z.array(endpointViewSchema), nextCursor: z.uuid().nullable() })) {}
export class AttemptPageResponse extends createZodDto(z.object({ items: z.array(attemptViewSchema), nextCursor: z.uuid().nullable() })) {}
export class ReplayResponse extends createZodDto(replayViewSchema) {}

export function toEndpointView(e: WebhookEndpointEntity): EndpointView {
  return {
    id: e.id,
    integratorId: e.integratorId,
    url: e.url,
    subjects: e.subjects,
    ordered: e.ordered,
    status: e.status,
    failingSince: e.failingSince ? e.failingSince.toISOString() : null,
    disabledAt: e.disabledAt ? e.disabledAt.toISOString() : null,
    disabledReason: e.disabledReason,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
  };
}

export function toAttemptView(a: WebhookAttemptEntity): AttemptView {
  return { id: a.id, deliveryId: a.deliveryId, attempt: a.attempt, attemptedAt: a.attemptedAt.toISOString(), statusCode: a.statusCode, error: a.error, latencyMs: a.latencyMs };
}
