/**
 * Durability past JetStream's acknowledgement (issue 8): the server acknowledges a publish before it reaches the
 * disk, so a crashed NATS host can lose the tail of a stream after the relay marked it sent. The relay keeps sent
 * rows for its republish window and publishes that tail again after it reconnects; the server drops what it still
 * holds (duplicate window), stores what it lost, and consumers dedupe by event id. The loss is simulated by
 * deleting the tail of the stream on a nats-server of this test's own, which is then killed and started again.
 */
import { INestApplicationContext } from '@nestjs/common';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EventEnvelope, ServiceName } from '@aftersales/contracts-core';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { OwnNatsServer, TestDatabase, collectEvents, createTestDatabase, startOwnNatsServer, testNamespace, waitFor } from '@aftersales/platform-testing';
import { OutboxService, wireStreamName, wireSubject } from '../src';
import { RecordingHandler, caseOpened, migrateTestDatabase, startMessagingApp } from './fixtures/harness';

describe('outbox republish after a NATS crash that lost the tail of the stream', () => {
  let nats: OwnNatsServer;
  let ns: string;
  const databases: TestDatabase[] = [];
  const probes: DataSource[] = [];
  const apps: INestApplicationContext[] = [];

  beforeEach(async () => {
    nats = await startOwnNatsServer();
    ns = testNamespace('republish');
  });

  afterEach(async () => {
    await nats.start();
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await Promise.all(probes.splice(0).map((p) => p.destroy()));
    await nats.dispose();
    await Promise.all(databases.splice(0).map((d) => d.drop()));
  });

  const database = async (label: string) => {
    const db = await createTestDatabase(label);
    databases.push(db);
    await migrateTestDatabase(db.url);
    const probe = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    probes.push(probe);
    return { db, probe };
  };
  const startProducer = async (url: string, relay: { republishWindowMs?: number } = {}) => {
    const app = await startMessagingApp({ service: 'intake', databaseUrl: url, natsUrl: nats.url, namespace: ns, messaging: { relay } });
    apps.push(app);
    return app;
  };
  const startConsumer = async (service: ServiceName, url: string) => {
    const app = await startMessagingApp({
      service,
      databaseUrl: url,
      natsUrl: nats.url,
      namespace: ns,
      providers: [RecordingHandler],
      messaging: { publishes: false },
    });
    apps.push(app);
    return app;
  };
  const append = (app: INestApplicationContext, symptoms: string) => {
    const caseId = uuidv7();
    return app.get(DataSource).transaction((m) => app.get(OutboxService).append(m, CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: caseOpened(symptoms, caseId) }));
  };
  const effectIds = async (probe: DataSource): Promise<string[]> => (await probe.query(`SELECT event_id FROM test_effects ORDER BY id`)).map((r: { event_id: string }) => r.event_id);
  const republished = async (outcome: 'restored' | 'duplicate'): Promise<number> => {
    const metric = await register.getSingleMetric('messaging_outbox_republished_total')?.get();
    return metric?.values.find((v) => v.labels.service === 'intake' && v.labels.outcome === outcome)?.value ?? 0;
  };

  it('publishes the lost tail again after the reconnect: every consumer applies every event once, the stream holds each once', async () => {
    const producerDb = await database('republish_producer');
    const warrantyDb = await database('republish_warranty');
    const dispatchDb = await database('republish_dispatch');
    const producer = await startProducer(producerDb.db.url);
    await startConsumer('warranty', warrantyDb.db.url);
    let dispatch = await startConsumer('dispatch', dispatchDb.db.url);

    const early: EventEnvelope[] = [];
    for (let i = 0; i < 5; i++) early.push(await append(producer, `early ${i}`));
    for (const probe of [warrantyDb.probe, dispatchDb.probe]) {
      await waitFor(async () => (await effectIds(probe)).length === 5, { what: 'the early events applied by both consumers' });
    }
    // One consumer is away when the tail is published, so it has never seen the part the crash will lose.
    await dispatch.close();
    apps.splice(apps.indexOf(dispatch), 1);
    const late: EventEnvelope[] = [];
    for (let i = 0; i < 5; i++) late.push(await append(producer, `late ${i}`));
    await waitFor(async () => (await effectIds(warrantyDb.probe)).length === 10, { what: 'the late events applied by the running consumer' });
    await waitFor(async () => (await producerDb.probe.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE sent_at IS NULL`))[0].n === 0, {
      what: 'every row marked sent',
    });
    const restoredBefore = await republished('restored');

    // The crash: the last 7 acknowledged messages never reached the disk.
    const stream = wireStreamName(ns, 'intake');
    const nc = await connect({ servers: nats.url });
    const jsm = await jetstreamManager(nc);
    for (let seq = 4; seq <= 10; seq++) await jsm.streams.deleteMessage(stream, seq);
    expect((await jsm.streams.info(stream)).state.messages).toBe(3);
    // A crash truncates the tail; deleting it leaves tombstones instead, and NATS 2.9.10 does not rebuild its
    // duplicate map after a restart when the stream's last message is a deleted one. A marker (no consumer reads
    // its subject) after the deleted ones makes the simulation behave like the truncated tail it stands for.
    await jetstream(nc).publish(wireSubject(ns, 'aftersales.intake.test.crash-marker.v1'), '{}');
    await nc.close();
    await nats.stop();
    await nats.start();

    dispatch = await startConsumer('dispatch', dispatchDb.db.url);
    const all = [...early, ...late];
    for (const probe of [warrantyDb.probe, dispatchDb.probe]) {
      await waitFor(async () => new Set(await effectIds(probe)).size === all.length, { what: 'every event applied by both consumers', timeoutMs: 30_000 });
    }
    // A sentinel behind the republished tail: once both consumers applied it, nothing else is on its way.
    const sentinel = await append(producer, 'sentinel');
    for (const probe of [warrantyDb.probe, dispatchDb.probe]) {
      await waitFor(async () => (await effectIds(probe)).includes(sentinel.id), { what: 'the sentinel applied' });
    }

    const expected = [...all, sentinel].map((e) => e.id).sort();
    expect((await effectIds(warrantyDb.probe)).sort()).toEqual(expected);
    expect((await effectIds(dispatchDb.probe)).sort()).toEqual(expected);
    const events = await collectEvents(nats.url, ns, 'intake', { subject: CaseOpenedV1.subject });
    try {
      await events.waitFor((e) => e.id === sentinel.id);
      expect(events.all().map((e) => e.id).sort()).toEqual(expected);
    } finally {
      await events.stop();
    }
    // The relay knew which ones the stream had lost: the seven deleted, not the three it still held.
    expect((await republished('restored')) - restoredBefore).toBe(7);
  });

  it('purges sent rows older than the republish window and keeps the recent ones', async () => {
    const producerDb = await database('republish_purge');
    const producer = await startProducer(producerDb.db.url, { republishWindowMs: 60_000 });
    const old = [await append(producer, 'old 1'), await append(producer, 'old 2')];
    const recent = await append(producer, 'recent');
    await waitFor(async () => (await producerDb.probe.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE sent_at IS NULL`))[0].n === 0, {
      what: 'every row marked sent',
    });
    await producerDb.probe.query(`UPDATE messaging_outbox SET sent_at = now() - interval '2 minutes' WHERE event_id = ANY($1::uuid[])`, [old.map((e) => e.id)]);
    const remaining = async (): Promise<string[]> => (await producerDb.probe.query(`SELECT event_id FROM messaging_outbox ORDER BY position`)).map((r: { event_id: string }) => r.event_id);
    await waitFor(async () => (await remaining()).length === 1, { what: 'the old rows purged', timeoutMs: 20_000 });
    expect(await remaining()).toEqual([recent.id]);
  });
});
