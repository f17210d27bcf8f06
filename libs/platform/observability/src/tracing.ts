import { Context, ROOT_CONTEXT, context, propagation, trace } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { InstrumentationBase } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, InMemorySpanExporter, NoopSpanProcessor, SimpleSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';

let sdk: NodeSDK | undefined;
let instrumentations: InstrumentationBase[] = [];
let testExporter: InMemorySpanExporter | undefined;
/** What patchModulesLoadedOutsideRequireHooks patched, so stopTracing can undo it (disable() does not see these). */
const patchedOutsideHooks: { unpatch: () => void }[] = [];

/**
 * Starts OpenTelemetry for a service. Call it before Nest, pg or http are loaded (apps/<svc>/src/tracing.ts,
 * imported first by main.ts) so the instrumentations can patch them. Spans are exported over OTLP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise they still exist, so trace ids reach logs and messages.
 * A second call does nothing.
 */
export function startTracing(serviceName: string, extraProcessors: SpanProcessor[] = []): void {
  if (sdk) return;
  const processors = [...extraProcessors];
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  // Without any processor the SDK registers no tracer provider at all, and trace context would not propagate.
  if (processors.length === 0) processors.push(new NoopSpanProcessor());
  instrumentations = [
    // Probes and scrapes every few seconds would bury the traces that matter.
    new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health\/|metrics)/.test(req.url ?? '') }),
    new PgInstrumentation({ enhancedDatabaseReporting: false }),
  ];
  sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? serviceName,
    spanProcessors: processors,
    instrumentations,
  });
  sdk.start();
}

/**
 * For tests: tracing whose finished spans land in the returned in-memory exporter (`getFinishedSpans()`).
 * Under Jest, which loads modules without Node's require hooks, it also patches pg where the test's modules see it.
 */
export function startTracingForTests(serviceName = 'test'): InMemorySpanExporter {
  if (testExporter) return testExporter;
  if (sdk) throw new Error('Tracing already started without a test exporter; call startTracingForTests first');
  testExporter = new InMemorySpanExporter();
  startTracing(serviceName, [new SimpleSpanProcessor(testExporter)]);
  if (process.env.JEST_WORKER_ID) patchModulesLoadedOutsideRequireHooks();
  return testExporter;
}

/** Flushes and stops tracing; it can be started again afterwards (tests). */
export async function stopTracing(): Promise<void> {
  for (const instrumentation of instrumentations) instrumentation.disable();
  for (const patched of patchedOutsideHooks.splice(0)) patched.unpatch();
  instrumentations = [];
  await sdk?.shutdown();
  sdk = undefined;
  testExporter = undefined;
  trace.disable();
  context.disable();
  propagation.disable();
}

/** The W3C traceparent of the active span, for places that carry it as a value (event envelopes). */
export function currentTraceparent(): string | undefined {
  return injectTraceHeaders().traceparent;
}

/** The active span's ids, as log fields. */
export function currentTraceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const c = span.spanContext();
  return { trace_id: c.traceId, span_id: c.spanId };
}

/** Adds the active trace context (traceparent, tracestate) to outgoing headers, e.g. of a NATS message. */
export function injectTraceHeaders(headers: Record<string, string> = {}): Record<string, string> {
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * The trace context carried by incoming headers, as the parent of the span that handles them
 * (`context.with(extractTraceContext(h), ...)`); the root context when they carry none.
 */
export function extractTraceContext(headers: Record<string, string | string[] | undefined> | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  const carrier = Object.fromEntries(
    Object.entries(headers)
      .filter((e): e is [string, string | string[]] => e[1] !== undefined)
      .map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v[0] : v]),
  );
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/**
 * Jest loads modules through its own registry, which the instrumentations' require hooks never see: neither pg nor
 * even Node's http gets patched. Patch the instances the test's registry hands out, and record them so that
 * stopTracing unpatches them (each instrumentation guards against patching twice).
 */
function patchModulesLoadedOutsideRequireHooks(): void {
  for (const instrumentation of instrumentations) {
    for (const definition of instrumentation.getModuleDefinitions()) {
      if (!definition.patch) continue;
      let moduleExports: unknown;
      try {
        moduleExports = require(definition.name);
      } catch {
        continue; // not installed: nothing to trace
      }
      const patched = definition.patch(moduleExports) ?? moduleExports;
      // getModuleDefinitions() builds new definitions, not the ones disable() walks: unpatch these ourselves, or
      // Node's shared http module stays patched for the next test file in the worker (Jest's JEST-01 warning).
      patchedOutsideHooks.push({ unpatch: () => definition.unpatch?.(patched) });
    }
  }
}
