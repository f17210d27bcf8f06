import { connect } from '@nats-io/transport-node';
import { NatsConnection } from '@nats-io/nats-core';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EventContract, EventData, EventEnvelope, ServiceName } from '@aftersales/contracts-core';
import { buildEnvelope, provisionOwnStream, wireStreamName, wireSubject } from '@aftersales/platform-messaging';
import { waitFor } from './wait-for';

async function withConnection<T>(natsUrl: string, fn: (nc: NatsConnection) => Promise<T>): Promise<T> {
  const nc = await connect({ servers: natsUrl });
  try {
    return await fn(nc);
  } finally {
    await nc.drain();
  }
}

/** Creates a producer's namespaced stream, as that producer would, for a test that plays the producer. */
export function provisionTestStream(natsUrl: string, namespace: string, service: ServiceName): Promise<void> {
  return withConnection(natsUrl, async (nc) => provisionOwnStream(await jetstreamManager(nc), service, namespace, 2 * 60_000));
}

/** Publishes a valid event as its producer would (same envelope, Nats-Msg-Id = event id). */
export async function publishTestEvent<C extends EventContract>(
  natsUrl: string,
  namespace: string,
  contract: C,
  input: { aggregateId: string; sequence?: number; data: EventData<C>; id?: string; correlationId?: string; msgId?: string },
): Promise<EventEnvelope<EventData<C>>> {
  const envelope = buildEnvelope(contract, {
    source: contract.producer,
    aggregateId: input.aggregateId,
    sequence: input.sequence ?? 1,
    data: input.data,
    id: input.id,
    correlationId: input.correlationId,
  });
  await withConnection(natsUrl, async (nc) => {
    await provisionOwnStream(await jetstreamManager(nc), contract.producer, namespace, 2 * 60_000);
    await jetstream(nc).publish(wireSubject(namespace, contract.subject), JSON.stringify(envelope), { msgID: input.msgId ?? envelope.id });
  });
  return envelope;
}

/** Publishes raw bytes to a contract's subject (for poison-message tests). */
export async function publishRaw(natsUrl: string, namespace: string, contract: EventContract, payload: string): Promise<void> {
  await withConnection(natsUrl, async (nc) => {
    await provisionOwnStream(await jetstreamManager(nc), contract.producer, namespace, 2 * 60_000);
    await jetstream(nc).publish(wireSubject(namespace, contract.subject), payload);
  });
}

/** Deletes every stream of a test namespace (`<NS>_*`): what a finished test file leaves on the shared NATS. */
export function deleteNamespaceStreams(natsUrl: string, namespace: string): Promise<void> {
  return withConnection(natsUrl, async (nc) => {
    const jsm = await jetstreamManager(nc);
    const names: string[] = [];
    for await (const s of jsm.streams.list()) if (s.config.name.startsWith(`${namespace}_`)) names.push(s.config.name);
    for (const name of names) await jsm.streams.delete(name);
  });
}

export interface EventCollector {
  all(): EventEnvelope[];
  waitFor(predicate: (e: EventEnvelope) => boolean, timeoutMs?: number): Promise<EventEnvelope>;
  stop(): Promise<void>;
}

/**
 * Reads a producer's namespaced stream from the start with an ordered consumer and keeps every envelope,
 * so a test can assert on what a service published. Waits for the stream if the producer has not created it.
 */
export async function collectEvents(
  natsUrl: string,
  namespace: string,
  service: ServiceName,
  options: { subject?: string } = {},
): Promise<EventCollector> {
  const nc = await connect({ servers: natsUrl });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const seen: EventEnvelope[] = [];
  const stream = wireStreamName(namespace, service);
  let stopped = false;
  let messages: { stop(): void } | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        await jsm.streams.info(stream);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (stopped) return;
    const consumer = await js.consumers.get(stream, {
      // One subject as a string: the client then sets filter_subject, which NATS 2.9 understands (an array needs 2.10).
      filter_subjects: options.subject ? wireSubject(namespace, options.subject) : undefined,
      deliver_policy: DeliverPolicy.All,
    });
    const iter = await consumer.consume();
    messages = iter;
    if (stopped) iter.stop();
    for await (const m of iter) seen.push(m.json<EventEnvelope>());
  })().catch(() => undefined);
  return {
    all: () => [...seen],
    waitFor: (predicate, timeoutMs = 15_000) =>
      waitFor(() => seen.find(predicate), { timeoutMs, what: `an event on ${stream}` }),
    async stop() {
      stopped = true;
      messages?.stop();
      await loop;
      await nc.drain();
    },
  };
}
