/**
 * Losing one NATS node of three loses nothing (issue 8, "Deployment"): with NATS_STREAM_REPLICAS=3 the stream and
 * its consumers keep three copies, so a SIGKILL of the node that leads both, under load, leaves every event
 * published once and handled once, and the services connected to the other nodes stay ready. Runs its own
 * 3-node cluster on free localhost ports (never the shared NATS on 4222).
 */
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { TestDatabase, createTestDatabase, testNamespace, waitFor } from '@aftersales/platform-testing';
import { MessagingHealth, NatsContext, OutboxService, durableName, provisionOwnStream, wireStreamName } from '../src';
import { RecordingHandler, caseOpened, migrateTestDatabase, startMessagingApp } from './fixtures/harness';
import { NatsCluster } from './fixtures/nats-cluster';

const EVENTS = 300;
const KILL_AFTER = 100;

describe('a 3-node JetStream cluster losing a node', () => {
  let cluster: NatsCluster | undefined;
  let db: TestDatabase;
  let probe: DataSource;
  const apps: INestApplicationContext[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('cluster');
    await migrateTestDatabase(db.url);
    probe = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    cluster = await NatsCluster.start(3);
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await cluster?.stop();
    await probe.destroy();
    await db.drop();
  });

  it('keeps every event exactly once and the services ready when the stream and consumer leader is killed under load', async () => {
    const ns = testNamespace('cluster');
    const stream = wireStreamName(ns, 'intake');
    const durable = durableName(ns, 'warranty', 'record');
    if (!cluster) throw new Error('the cluster did not start');
    const nats = cluster;
    const nodes = nats.nodes;

    // The stream as an earlier release left it: one replica. The producer must raise it to three itself.
    await nats.withManager(nodes[0].clientUrl, (jsm) => provisionOwnStream(jsm, 'intake', ns, 2 * 60_000, 1));

    const producer = await startMessagingApp({
      service: 'intake',
      databaseUrl: db.url,
      natsUrl: nats.urls,
      namespace: ns,
      messaging: { streamReplicas: 3, relay: { pollIntervalMs: 100 } },
    });
    apps.push(producer);
    const consumer = await startMessagingApp({
      service: 'warranty',
      databaseUrl: db.url,
      natsUrl: nats.urls,
      namespace: ns,
      providers: [RecordingHandler],
      messaging: { publishes: false, streamReplicas: 3 },
    });
    apps.push(consumer);

    const info = await waitFor(
      () =>
        nats.withManager(nodes[0].clientUrl, async (jsm) => {
          const s = await jsm.streams.info(stream);
          const c = await jsm.consumers.info(stream, durable);
          const current = (x: typeof s.cluster) => x?.replicas?.length === 2 && x.replicas.every((r) => r.current);
          return current(s.cluster) && current(c.cluster) && { stream: s, consumer: c };
        }),
      { timeoutMs: 20_000, intervalMs: 200, what: 'the stream updated to 3 replicas and the consumer with 3, all current' },
    );
    expect(info.stream.config.num_replicas).toBe(3);

    // The victim: a node neither service is connected to, made leader of the stream and of the consumer, so the
    // kill forces both elections while the services' own connections stay up.
    const connectedTo = new Set([producer, consumer].map((a) => a.get(NatsContext).connection.info?.server_name));
    const [victim, ...survivors] = [...nodes].sort((a, b) => Number(connectedTo.has(a.name)) - Number(connectedTo.has(b.name)));
    expect(connectedTo.has(victim.name)).toBe(false);
    const survivor = survivors[0].clientUrl;
    await makeLeader(nats, survivor, victim.name, stream);
    await makeLeader(nats, survivor, victim.name, stream, durable);

    const health: boolean[] = [];
    const sampler = setInterval(() => health.push(...[producer, consumer].map((a) => a.get(MessagingHealth).check().nats)), 50);
    const appended: string[] = [];
    try {
      const load = (async () => {
        // About 100 events a second in small transactions, so the kill lands in the middle of the flow.
        while (appended.length < EVENTS) {
          const batch = await Promise.all(
            Array.from({ length: 10 }, () =>
              producer.get(DataSource).transaction(async (m) => {
                const caseId = uuidv7();
                const envelope = await producer.get(OutboxService).append(m, CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: caseOpened('cluster', caseId) });
                return envelope.id;
              }),
            ),
          );
          appended.push(...batch);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      await waitFor(async () => (await handledCount(probe)) >= KILL_AFTER / 2 && appended.length >= KILL_AFTER, {
        timeoutMs: 20_000,
        what: 'events flowing before the kill',
      });
      await nats.kill(victim.name);
      await load;
      await waitFor(async () => (await handledCount(probe)) >= EVENTS, { timeoutMs: 30_000, intervalMs: 200, what: `all ${EVENTS} events handled` });
    } finally {
      clearInterval(sampler);
    }

    // Nothing lost, nothing doubled: each event once in the stream, once in the inbox, one effect each.
    const effects: { event_id: string }[] = await probe.query(`SELECT event_id FROM test_effects`);
    expect(effects).toHaveLength(EVENTS);
    expect(new Set(effects.map((e) => e.event_id))).toEqual(new Set(appended));
    const [inbox] = await probe.query(`SELECT count(*)::int AS n FROM messaging_inbox`);
    expect(inbox.n).toBe(EVENTS);
    const [outbox] = await probe.query(`SELECT count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM messaging_outbox`);
    expect(outbox.unsent).toBe(0);
    const after = await nats.withManager(survivor, (jsm) => jsm.streams.info(stream));
    expect(after.state.messages).toBe(EVENTS);
    expect(after.cluster?.leader).not.toBe(victim.name);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((ready) => ready)).toBe(true);
  }, 90_000);
});

async function handledCount(probe: DataSource): Promise<number> {
  const [row] = await probe.query(`SELECT count(*)::int AS n FROM test_effects`);
  return row.n;
}

/** Steps the leader down until `node` leads (each step-down picks one of the other peers). */
async function makeLeader(cluster: NatsCluster, url: string, node: string, stream: string, consumer?: string): Promise<void> {
  const leader = () =>
    cluster.withManager(url, async (jsm) => (consumer ? (await jsm.consumers.info(stream, consumer)).cluster : (await jsm.streams.info(stream)).cluster)?.leader);
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await waitFor(leader, { timeoutMs: 10_000, what: `a leader of ${consumer ?? stream}` });
    if (current === node) return;
    await cluster.stepDown(url, stream, consumer);
    await waitFor(async () => {
      const next = await leader();
      return next !== undefined && next !== current;
    }, { timeoutMs: 10_000, what: `a new leader of ${consumer ?? stream}` });
  }
  throw new Error(`${node} did not become leader of ${consumer ?? stream}`);
}
