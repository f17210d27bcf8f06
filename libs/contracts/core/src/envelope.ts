import { z } from 'zod';
import { SERVICE_NAMES } from './services';

/**
 * The envelope every integration event travels in (docs/architecture.md, "Events").
 * CloudEvents-compatible field names; `data` is validated separately by the event's own schema.
 */
export const eventEnvelopeSchema = z.object({
  specversion: z.literal('1.0').describe('CloudEvents spec version'),
  id: z.uuid().describe('UUIDv7; also the JetStream Nats-Msg-Id, so a re-publish is deduplicated'),
  type: z.string().min(1).describe('The subject without any deployment namespace, e.g. aftersales.intake.case.opened.v1'),
  source: z.enum(SERVICE_NAMES).describe('The producing service'),
  time: z.iso.datetime({ offset: true }).describe('When the state change was committed (ISO 8601)'),
  subject: z.string().min(1).describe('Id of the aggregate the event is about'),
  sequence: z.number().int().nonnegative().describe('Per-aggregate version, for ordering and gap detection'),
  correlationId: z.string().min(1).describe('Shared by every event that one request set off'),
  causationId: z.string().min(1).nullable().describe('Id of the event (or request) that caused this one'),
  traceparent: z.string().optional().describe('W3C trace context of the producing operation'),
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & { data: TData };
