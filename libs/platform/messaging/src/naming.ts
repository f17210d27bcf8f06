import { STREAMS, ServiceName, streamSubjects } from '@aftersales/contracts-core';

/**
 * The namespace rule. Production runs with namespace '' and uses the names in docs/architecture.md as they are.
 * A test file or an e2e run sets a namespace (e.g. `t_cases_1a2b3c4d`) so that many runs share one NATS
 * server without seeing each other: JetStream refuses two streams with overlapping subjects, so the subject
 * is prefixed too, not only the stream name.
 */
export function wireSubject(namespace: string | undefined, subject: string): string {
  return namespace ? `${namespace}.${subject}` : subject;
}

/** Strip the namespace from a wire subject: the envelope `type` and the contract subject never carry it. */
export function contractSubject(namespace: string | undefined, wire: string): string {
  return namespace && wire.startsWith(`${namespace}.`) ? wire.slice(namespace.length + 1) : wire;
}

export function wireStreamName(namespace: string | undefined, service: ServiceName): string {
  const stream = STREAMS[service].stream;
  return namespace ? `${namespace}_${stream}` : stream;
}

export function wireStreamSubjects(namespace: string | undefined, service: ServiceName): string {
  return wireSubject(namespace, streamSubjects(service));
}

/** One durable consumer per service and purpose: `intake__record-entitlement`. Replicas share it. */
export function durableName(namespace: string | undefined, service: ServiceName, purpose: string): string {
  const base = `${service}__${purpose}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return namespace ? `${namespace}_${base}` : base;
}
