import { Context, ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { MsgHdrs, headers as natsHeaders } from '@nats-io/nats-core';

const tracer = trace.getTracer('aftersales-messaging');

/** The trace context a carrier names (e.g. the one stored on an outbox row); the active one if it names none. */
export function contextFromCarrier(carrier: Record<string, string> | undefined): Context {
  return carrier?.traceparent ? propagation.extract(ROOT_CONTEXT, carrier) : context.active();
}

/**
 * Where a consumer's span hangs: the publish span the message headers name (relay -> NATS -> consumer), else
 * the producing request the envelope names, else a new trace.
 */
export function consumerParentContext(headers: Record<string, string> | undefined, envelopeTraceparent: string | undefined): Context {
  const traceparent = headers?.traceparent ?? envelopeTraceparent;
  if (!traceparent) return ROOT_CONTEXT;
  const carrier: Record<string, string> = { traceparent };
  if (headers?.tracestate) carrier.tracestate = headers.tracestate;
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** NATS headers carrying the current trace context (the publish span, so the consumer span is its child). */
export function natsHeadersWithTrace(): MsgHdrs {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const h = natsHeaders();
  for (const [k, v] of Object.entries(carrier)) h.set(k, v);
  return h;
}

export async function inSpan<T>(
  name: string,
  kind: SpanKind,
  parent: Context,
  attributes: Record<string, string | number>,
  fn: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind, attributes }, parent, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
