import { context, propagation } from '@opentelemetry/api';
import { v7 as uuidv7 } from 'uuid';
import { EventContract, EventData, EventEnvelope, ServiceName } from '@aftersales/contracts-core';

export interface BuildEnvelopeInput<C extends EventContract> {
  source: ServiceName;
  aggregateId: string;
  sequence: number;
  data: EventData<C>;
  correlationId?: string;
  causationId?: string | null;
  id?: string;
  time?: Date;
}

/** Builds and validates an envelope; an invalid payload is a producer bug and throws before anything is stored. */
export function buildEnvelope<C extends EventContract>(contract: C, input: BuildEnvelopeInput<C>): EventEnvelope<EventData<C>> {
  if (input.source !== contract.producer) {
    throw new Error(`${input.source} cannot publish ${contract.subject}: only ${contract.producer} produces it`);
  }
  const parsed = contract.schema.safeParse(input.data);
  if (!parsed.success) {
    throw new Error(`Invalid data for ${contract.subject}: ${parsed.error.message}`);
  }
  const id = input.id ?? uuidv7();
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return {
    specversion: '1.0',
    id,
    type: contract.subject,
    source: input.source,
    time: (input.time ?? new Date()).toISOString(),
    subject: input.aggregateId,
    sequence: input.sequence,
    // A new correlation id starts a new causal chain; handlers carry theirs over (EventContext.publish).
    correlationId: input.correlationId ?? uuidv7(),
    causationId: input.causationId ?? null,
    ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}),
    datacontenttype: 'application/json',
    data: parsed.data as EventData<C>,
  };
}

/** Headers that travel with the message: the trace context (Nats-Msg-Id is set by the publish itself). */
export function traceHeaders(envelope: EventEnvelope): Record<string, string> {
  const headers: Record<string, string> = {};
  if (envelope.traceparent) headers.traceparent = envelope.traceparent;
  return headers;
}
