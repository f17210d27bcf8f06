import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge, Histogram, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '@aftersales/platform-timers';

/** prom-client's default registry refuses a name twice (several apps in one test process): reuse it. */
function existing<T>(name: string): T | undefined {
  return register.getSingleMetric(name) as T | undefined;
}

export const webhookAttempts =
  existing<Counter<string>>('webhook_attempts_total') ??
  new Counter({ name: 'webhook_attempts_total', help: 'Webhook delivery attempts, by outcome (delivered, failed, gone)', labelNames: ['outcome'] });

/** From the event's time to its first successful delivery: the figure of the webhook benchmark. */
export const webhookDeliveryLatency =
  existing<Histogram<string>>('webhook_delivery_latency_seconds') ??
  new Histogram({
    name: 'webhook_delivery_latency_seconds',
    help: 'Seconds from an event to its successful webhook delivery',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 30, 300, 3600, 86_400],
  });

const probes = new Set<() => Promise<{ endpoint: string; lag: number; pending: number }[]>>();

/**
 * Per-endpoint lag, read from the database when Prometheus scrapes: `webhook_endpoint_lag_seconds{endpoint}` is the
 * age of the oldest event not yet delivered to it (0 when none waits), `webhook_endpoint_pending{endpoint}` how many.
 */
@Injectable()
export class WebhookMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly probe = () =>
    this.dataSource
      .query(
        `SELECT e.id AS endpoint,
                coalesce(extract(epoch FROM ($1::timestamptz - min(d.event_time))), 0)::float AS lag,
                count(d.id)::int AS pending
           FROM webhook_endpoints e
           LEFT JOIN webhook_deliveries d ON d.endpoint_id = e.id AND d.status IN ('waiting', 'pending')
          GROUP BY e.id`,
        [this.clock.now()],
      )
      .then((rows: { endpoint: string; lag: number; pending: number }[]) => rows);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    probes.add(this.probe);
    if (existing('webhook_endpoint_lag_seconds')) return;
    const gauge = (name: string, help: string, pick: (r: { lag: number; pending: number }) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['endpoint'],
        async collect() {
          this.reset();
          for (const probe of probes) {
            // A scrape must not fail because the database is briefly away: the series is missing then.
            const rows = await probe().catch(() => []);
            for (const row of rows) this.set({ endpoint: row.endpoint }, Math.max(0, pick(row)));
          }
        },
      });
    gauge('webhook_endpoint_lag_seconds', 'Age of the oldest event not yet delivered to the endpoint, seconds', (r) => r.lag);
    gauge('webhook_endpoint_pending', 'Deliveries waiting for the endpoint', (r) => r.pending);
  }

  onModuleDestroy(): void {
    probes.delete(this.probe);
  }
}
