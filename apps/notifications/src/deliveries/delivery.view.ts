import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { CHANNELS } from '../directory/domain/directory';
import { DeliveryEntity, UnresolvedRecipientEntity } from './infrastructure/delivery.entity';

export const deliveryViewSchema = z.object({
  id: z.uuid(),
  key: z.string().describe('event id:person id:channel: one delivery per key'),
  eventId: z.string(),
  eventType: z.string(),
  notice: z.string(),
  caseId: z.uuid().nullable(),
  personId: z.uuid(),
  channel: z.enum(CHANNELS),
  status: z.enum(['queued', 'held', 'digested', 'sent', 'delivered', 'failed']).describe('delivered: the SMS receipt said so'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  providerRef: z.string().nullable(),
  holdUntil: isoDateTime.nullable(),
  digestId: z.uuid().nullable(),
  queuedAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  deliveredAt: isoDateTime.nullable(),
  failedAt: isoDateTime.nullable(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

export const inboxItemViewSchema = z.object({
  id: z.uuid(),
  notice: z.string(),
  caseId: z.uuid().nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  at: isoDateTime,
  readAt: isoDateTime.nullable(),
});
export type InboxItemView = z.infer<typeof inboxItemViewSchema>;

export const unresolvedViewSchema = z.object({
  id: z.uuid(),
  eventId: z.string(),
  eventType: z.string(),
  caseId: z.uuid().nullable(),
  kind: z.enum(['role', 'user']),
  ref: z.string(),
  reason: z.string(),
  orgUnit: z.string().nullable().describe('The case’s branch the role was looked for in; null: not known (platform-wide)'),
  recordedAt: isoDateTime,
});
export type UnresolvedView = z.infer<typeof unresolvedViewSchema>;

export class DeliveryPageResponse extends createZodDto(z.object({ items: z.array(deliveryViewSchema), nextCursor: z.uuid().nullable() })) {}
export class InboxPageResponse extends createZodDto(z.object({ items: z.array(inboxItemViewSchema), nextCursor: z.uuid().nullable() })) {}
export class InboxItemResponse extends createZodDto(inboxItemViewSchema) {}
export class UnresolvedPageResponse extends createZodDto(z.object({ items: z.array(unresolvedViewSchema), nextCursor: z.uuid().nullable() })) {}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toDeliveryView(d: DeliveryEntity): DeliveryView {
  return {
    id: d.id,
    key: d.key,
    eventId: d.eventId,
    eventType: d.eventType,
    notice: d.notice,
    caseId: d.caseId,
    personId: d.personId,
    channel: d.channel as DeliveryView['channel'],
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    providerRef: d.providerRef,
    holdUntil: iso(d.holdUntil),
    digestId: d.digestId,
    queuedAt: d.queuedAt.toISOString(),
    sentAt: iso(d.sentAt),
    deliveredAt: iso(d.deliveredAt),
    failedAt: iso(d.failedAt),
  };
}

export function toInboxItemView(d: DeliveryEntity): InboxItemView {
  return { id: d.id, notice: d.notice, caseId: d.caseId, subject: d.subject, body: d.body, at: d.queuedAt.toISOString(), readAt: iso(d.readAt) };
}

export function toUnresolvedView(u: UnresolvedRecipientEntity): UnresolvedView {
  return { id: u.id, eventId: u.eventId, eventType: u.eventType, caseId: u.caseId, kind: u.kind, ref: u.ref, reason: u.reason, orgUnit: u.orgUnit, recordedAt: u.recordedAt.toISOString() };
}
