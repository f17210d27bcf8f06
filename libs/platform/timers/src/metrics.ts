import { Counter, Histogram, register } from 'prom-client';

// Reuse a metric already registered: several test apps share one process and one registry.
export const timersFired =
  (register.getSingleMetric('timers_fired_total') as Counter<string> | undefined) ??
  new Counter({ name: 'timers_fired_total', help: 'Durable timers fired, by outcome', labelNames: ['service', 'kind', 'outcome'] });

export const timerLateness =
  (register.getSingleMetric('timers_lateness_seconds') as Histogram<string> | undefined) ??
  new Histogram({
    name: 'timers_lateness_seconds',
    help: 'How long after its due time a timer fired',
    labelNames: ['service', 'kind'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
  });
