import { MessagingOptions } from './messaging.types';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

type Relay = Required<Omit<NonNullable<MessagingOptions['relay']>, 'afterPublish'>> & Pick<NonNullable<MessagingOptions['relay']>, 'afterPublish'>;

export type ResolvedMessagingOptions = Required<Omit<MessagingOptions, 'relay' | 'consumer'>> & {
  relay: Relay;
  consumer: Required<NonNullable<MessagingOptions['consumer']>>;
};

/** A relay restarted within the duplicate window cannot double-publish; shorter than 2 minutes is too tight for a restart. */
const MIN_DUPLICATE_WINDOW_MS = 2 * 60_000;

export function resolveOptions(o: MessagingOptions): ResolvedMessagingOptions {
  const resolved: ResolvedMessagingOptions = {
    service: o.service,
    natsUrl: o.natsUrl,
    namespace: o.namespace ?? '',
    publishes: o.publishes ?? true,
    duplicateWindowMs: Math.max(o.duplicateWindowMs ?? 15 * 60_000, MIN_DUPLICATE_WINDOW_MS),
    streamReplicas: o.streamReplicas ?? 1,
    relay: {
      republishWindowMs: o.relay?.republishWindowMs ?? 10 * 60_000,
      pollIntervalMs: o.relay?.pollIntervalMs ?? 1000,
      batchSize: o.relay?.batchSize ?? 100,
      afterPublish: o.relay?.afterPublish,
    },
    consumer: {
      maxDeliver: o.consumer?.maxDeliver ?? 5,
      ackWaitMs: o.consumer?.ackWaitMs ?? 30_000,
      backoffMs: o.consumer?.backoffMs ?? [200, 1000, 5000, 15_000],
      replaySweepMs: o.consumer?.replaySweepMs ?? 2000,
      maxMessages: o.consumer?.maxMessages ?? 16,
    },
  };
  // A misconfiguration fails at start, not on the first failing message.
  const { relay, consumer } = resolved;
  const positive = {
    'relay.pollIntervalMs': relay.pollIntervalMs,
    'relay.republishWindowMs': relay.republishWindowMs,
    'relay.batchSize': relay.batchSize,
    'consumer.maxDeliver': consumer.maxDeliver,
    'consumer.ackWaitMs': consumer.ackWaitMs,
    'consumer.replaySweepMs': consumer.replaySweepMs,
    'consumer.maxMessages': consumer.maxMessages,
  };
  if (!Number.isInteger(resolved.streamReplicas) || resolved.streamReplicas < 1 || resolved.streamReplicas > 5) {
    throw new Error(`Messaging option streamReplicas must be an integer from 1 to 5, got ${resolved.streamReplicas}`);
  }
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`Messaging option ${name} must be a positive number, got ${value}`);
  }
  // A republished event older than the duplicate window would be stored a second time (consumers would skip it).
  if (relay.republishWindowMs > resolved.duplicateWindowMs) {
    throw new Error(`Messaging option relay.republishWindowMs (${relay.republishWindowMs}) must not exceed duplicateWindowMs (${resolved.duplicateWindowMs})`);
  }
  if (consumer.backoffMs.length === 0 || consumer.backoffMs.some((d) => !Number.isFinite(d) || d < 0)) {
    throw new Error(`Messaging option consumer.backoffMs must list at least one delay >= 0 ms`);
  }
  return resolved;
}
