/**
 * Losing one NATS node of three loses nothing (issue 8, "Deployment"): a service started with
 * NATS_STREAM_REPLICAS=3 raises its existing single-replica stream to three copies (consumers inherit them), and a
 * SIGKILL of the node leading both its stream and its consumer, under load, leaves every event in the stream
 * once and handled once through the inbox, while /health/ready stays 200. Runs its own 3-node cluster on free
 * localhost ports (never the shared NATS on 4222, nor the services' ports).
 */
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { signDevToken } from '@aftersales/platform-auth';
import { NatsContext, durableName, provisionOwnStream, wireStreamName } from '@aftersales/platform-messaging';
import { NatsCluster, TestDatabase, createTestDatabase, testNamespace, waitFor } from '@aftersales/platform-testing';
import { createServiceApp, runMigrations } from '../src';
import { ThingsAppModule, thingsService } from './fixtures/things-app';

const SECRET = 'nats-cluster-test-secret-0123456789abc';
const EVENTS = 300;
const KILL_AFTER = 100;

describe('a service on a 3-node JetStream cluster that loses a node', () => {
  let cluster: NatsCluster | undefined;
  let db: TestDatabase;
  let app: NestFastifyApplication | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('nats_cluster');
    cluster = await NatsCluster.start(3);
  });

  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
    await db.drop();
  });

  it('keeps every event exactly once and stays ready when the leader of its stream and consumer is killed under load', async () => {
    if (!cluster) throw new Error('the cluster did not start');
    const nats = cluster;
    const ns = testNamespace('nats_cluster');
    const stream = wireStreamName(ns, 'intake');
    const durable = durableName(ns, 'intake', 'thing-seen');
    const env = {
      DATABASE_URL: db.url,
      NATS_URL: nats.urls,
      NATS_NAMESPACE: ns,
      NATS_STREAM_REPLICAS: '3',
      PORT: '0',
      AUTH_JWT_SECRET: SECRET,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_INTERVAL_MS: '100',
    };
    await runMigrations(thingsService, env);
    // The stream as an earlier release left it: one replica. The service must raise it to three itself.
    await nats.withManager(nats.nodes[0].clientUrl, (jsm) => provisionOwnStream(jsm, 'intake', ns, 2 * 60_000, 1));

    const service = await createServiceApp(ThingsAppModule, thingsService, env);
    app = service;
    const inject = service.getHttpAdapter().getInstance().inject.bind(service.getHttpAdapter().getInstance());
    const probe = service.get(DataSource);

    const info = await waitFor(
      () =>
        nats.withManager(nats.nodes[0].clientUrl, async (jsm) => {
          const s = await jsm.streams.info(stream);
          const c = await jsm.consumers.info(stream, durable);
          const current = (x: typeof s.cluster) => x?.replicas?.length === 2 && x.replicas.every((r) => r.current);
          return current(s.cluster) && current(c.cluster) && s;
        }),
      { timeoutMs: 20_000, intervalMs: 200, what: 'the stream updated to 3 replicas and its consumer with 3, all current' },
    );
    expect(info.config.num_replicas).toBe(3);

    // The victim: a node the service is not connected to, made leader of the stream and of the consumer, so the
    // kill forces both elections while the service's own connection stays up.
    const connectedTo = service.get(NatsContext).connection.info?.server_name;
    const [victim, survivor] = nats.nodes.filter((n) => n.name !== connectedTo);
    await makeLeader(nats, survivor.clientUrl, victim.name, stream);
    await makeLeader(nats, survivor.clientUrl, victim.name, stream, durable);

    const token = await signDevToken({ role: 'agent', sub: 'load', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const readiness: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        readiness.push((await inject({ method: 'GET', url: '/health/ready' })).statusCode);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const created: string[] = [];
    const statuses: number[] = [];
    try {
      const load = (async () => {
        // About 100 requests a second, so the kill lands in the middle of the flow.
        while (created.length < EVENTS) {
          const batch = await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              inject({
                method: 'POST',
                url: '/v1/things',
                payload: JSON.stringify({ name: `thing ${created.length + i}`, quantity: 1 }),
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              }),
            ),
          );
          statuses.push(...batch.map((r) => r.statusCode));
          created.push(...batch.filter((r) => r.statusCode === 201).map((r) => r.json().id as string));
          if (batch.some((r) => r.statusCode !== 201)) break; // reported by the status check below
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      await waitFor(async () => (await seenCount(probe)) >= KILL_AFTER / 2 && created.length >= KILL_AFTER, {
        timeoutMs: 20_000,
        what: 'events flowing before the kill',
      });
      await nats.kill(victim.name);
      await load;
      expect(new Set(statuses)).toEqual(new Set([201]));
      await waitFor(async () => (await seenCount(probe)) >= EVENTS, { timeoutMs: 30_000, intervalMs: 200, what: `all ${EVENTS} events handled` });
    } finally {
      sampling = false;
      await sampler;
    }

    // Nothing lost, nothing doubled: each event once in the stream, once in the inbox, one effect each.
    const seen: { thing_id: string }[] = await probe.query(`SELECT thing_id FROM thing_seen`);
    expect(seen).toHaveLength(EVENTS);
    expect(new Set(seen.map((s) => s.thing_id))).toEqual(new Set(created));
    const [inbox] = await probe.query(`SELECT count(*)::int AS n FROM messaging_inbox`);
    expect(inbox.n).toBe(EVENTS);
    const [outbox] = await probe.query(`SELECT count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM messaging_outbox`);
    expect(outbox.unsent).toBe(0);
    const after = await nats.withManager(survivor.clientUrl, (jsm) => jsm.streams.info(stream));
    expect(after.state.messages).toBe(EVENTS);
    expect(after.cluster?.leader).not.toBe(victim.name);
    expect(readiness.length).toBeGreaterThan(0);
    expect(new Set(readiness)).toEqual(new Set([200]));
  }, 90_000);
});

async function seenCount(probe: DataSource): Promise<number> {
  const [row] = await probe.query(`SELECT count(*)::int AS n FROM thing_seen`);
  return row.n;
}

/** Steps the leader down until `node` leads (each step-down hands over to one of the other peers). */
async function makeLeader(cluster: NatsCluster, url: string, node: string, stream: string, consumer?: string): Promise<void> {
  const leader = () =>
    cluster.withManager(url, async (jsm) => (consumer ? (await jsm.consumers.info(stream, consumer)).cluster : (await jsm.streams.info(stream)).cluster)?.leader);
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await waitFor(leader, { timeoutMs: 10_000, what: `a leader of ${consumer ?? stream}` });
    if (current === node) return;
    await cluster.stepDown(url, stream, consumer);
    await waitFor(
      async () => {
        const next = await leader();
        return next !== undefined && next !== current;
      },
      { timeoutMs: 10_000, what: `a new leader of ${consumer ?? stream}` },
    );
  }
  throw new Error(`${node} did not become leader of ${consumer ?? stream}`);
}
