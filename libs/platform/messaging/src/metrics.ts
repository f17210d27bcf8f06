import { Counter, Gauge, register } from 'prom-client';

/**
 * Metrics live in prom-client's default registry (the service's /metrics serves it). Several apps in one process
 * (tests) would register a name twice, which prom-client refuses: reuse the metric that is already there.
 */
function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  return (register.getSingleMetric(name) as Counter<string> | undefined) ?? new Counter({ name, help, labelNames });
}

export const outboxPublished = counter('messaging_outbox_published_total', 'Outbox events published to JetStream', ['service']);
export const outboxPublishFailures = counter('messaging_outbox_publish_failures_total', 'Failed outbox publish attempts', ['service']);
export const outboxRepublished = counter(
  'messaging_outbox_republished_total',
  'Sent outbox events published again; outcome restored means the stream had lost the event',
  ['service', 'outcome'],
);
export const outboxPurged = counter('messaging_outbox_purged_total', 'Sent outbox rows deleted after the republish window', ['service']);
export const consumerProcessed = counter('messaging_consumer_processed_total', 'Messages handled by consumers, by outcome', ['consumer', 'outcome']);
export const deadLettered = counter('messaging_dead_letters_total', 'Messages moved to the dead letters', ['consumer', 'kind']);
/** 1 while the process reaches the dependency, 0 during an outage (the readiness probe says the same). */
export const dependencyUp =
  (register.getSingleMetric('dependency_up') as Gauge<string> | undefined) ??
  new Gauge({ name: 'dependency_up', help: 'Whether this process reaches the dependency (1) or not (0)', labelNames: ['service', 'dependency'] });

export interface OutboxBacklog {
  backlog: number;
  oldestAgeSeconds: number;
}

const probes = new Map<symbol, { service: string; probe: () => Promise<OutboxBacklog> }>();

/** Backlog size and age are read from the database when Prometheus scrapes. Returns the unregister function. */
export function registerOutboxProbe(service: string, probe: () => Promise<OutboxBacklog>): () => void {
  const key = Symbol(service);
  probes.set(key, { service, probe });
  ensureGauges();
  return () => void probes.delete(key);
}

function ensureGauges(): void {
  if (register.getSingleMetric('messaging_outbox_backlog')) return;
  // prom-client collects gauges concurrently, so each reads the probes itself.
  const gauge = (name: string, help: string, pick: (r: OutboxBacklog) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['service'],
      async collect() {
        this.reset();
        for (const { service, probe } of probes.values()) {
          // A scrape must not fail because the database is briefly away; the series is just missing then.
          const r = await probe().catch(() => undefined);
          if (r) this.set({ service }, pick(r));
        }
      },
    });
  gauge('messaging_outbox_backlog', 'Outbox events not yet published', (r) => r.backlog);
  gauge('messaging_outbox_oldest_age_seconds', 'Age of the oldest unpublished outbox event, seconds', (r) => r.oldestAgeSeconds);
}
