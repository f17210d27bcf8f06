/** OpenTelemetry shared by every service: start it first in main.ts (apps/<svc>/src/tracing.ts). */
export {
  startTracing,
  startTracingForTests,
  stopTracing,
  currentTraceparent,
  currentTraceIds,
  injectTraceHeaders,
  extractTraceContext,
} from './tracing';
