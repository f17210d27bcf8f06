import { Counter, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  return (register.getSingleMetric(name) as Counter<string> | undefined) ?? new Counter({ name, help, labelNames });
}

/** Send attempts by channel and outcome (sent, retry, failed): alert on failed, watch retry. */
export const deliveryAttempts = counter('notifications_delivery_attempts_total', 'Send attempts of deliveries, by channel and outcome', ['channel', 'outcome']);

/** R-SLA-7: recipients an event named that nobody in the directory answers to (the report besides the row and the log). */
export const unresolvedRecipients = counter('notifications_unresolved_recipients_total', 'Roles and users events named that the directory could not resolve', ['kind']);
