/**
 * docs/architecture.md "Delivery guarantees": losing the service's own database is transient by definition. The
 * consumer holds its messages through the outage (never counting it toward max_deliver) and resumes when the
 * database is back; only the handler's own failures exhaust max_deliver. The database is reached through a proxy
 * this test cuts; the shared PostgreSQL keeps running.
 */
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import {
  TcpProxy,
  TestDatabase,
  publishTestEvent,
  startOwnNatsServer,
  startTcpProxy,
  testInfra,
  waitFor,
} from '@aftersales/platform-testing';
import { MessagingTestBed, RecordingHandler, caseOpened, startMessagingApp, startMessagingTestBed } from './fixtures/harness';

const { natsUrl } = testInfra();
const ACK_WAIT_MS = 1000;

describe('a consumer through an outage of its database or NATS', () => {
  let bed: MessagingTestBed;
  let db: TestDatabase;
  let ns: string;
  let probe: DataSource;
  let proxy: TcpProxy;
  let app: INestApplicationContext | undefined;

  beforeEach(async () => {
    bed = await startMessagingTestBed('consumer_outage');
    ({ db, ns, probe } = bed);
    proxy = await startTcpProxy({ host: new URL(db.url).hostname, port: Number(new URL(db.url).port || 5432) });
  });

  afterEach(async () => {
    await proxy.restore();
    await app?.close();
    await proxy.close();
    await bed.close();
  });

  const publish = (symptoms: string, url = natsUrl) => {
    const caseId = uuidv7();
    return publishTestEvent(url, ns, CaseOpenedV1, { aggregateId: caseId, data: caseOpened(symptoms, caseId) });
  };
  const effects = (): Promise<{ event_id: string; symptoms: string }[]> => probe.query(`SELECT event_id, symptoms FROM test_effects ORDER BY id`);
  const deadLetters = (): Promise<{ event_id: string; error_kind: string; deliveries: number }[]> =>
    probe.query(`SELECT event_id, error_kind, deliveries FROM messaging_dead_letter ORDER BY created_at`);

  it('holds every message through an outage many ack waits long and applies each once when the database is back', async () => {
    app = await startMessagingApp({
      service: 'warranty',
      databaseUrl: proxy.url(db.url),
      natsUrl,
      namespace: ns,
      providers: [RecordingHandler],
      messaging: { publishes: false, consumer: { maxDeliver: 2, ackWaitMs: ACK_WAIT_MS, backoffMs: [50, 100] } },
    });
    const first = await publish('before the outage');
    await waitFor(async () => (await effects()).length === 1, { what: 'the consumer running' });

    await proxy.cut();
    const published = [];
    // In flight when the database went away, and published all through it.
    for (let i = 0; i < 12; i++) {
      published.push(await publish(i === 5 ? 'transient-failure' : `during the outage ${i}`));
      await new Promise((r) => setTimeout(r, 500));
    }
    // Six seconds and more: six ack waits, three times max_deliver's worth of redeliveries had they been counted.
    await proxy.restore();

    const expected = [first, ...published].filter((e) => e.data.symptoms !== 'transient-failure');
    await waitFor(async () => (await effects()).length >= expected.length, { what: 'every event applied after the outage', timeoutMs: 30_000 });
    // The handler's own failure still exhausts max_deliver (2 deliveries, both after the outage).
    const failing = published[5];
    await waitFor(async () => (await deadLetters()).length >= 1, { what: 'the failing handler dead-lettered', timeoutMs: 15_000 });
    // A sentinel behind everything: once it is applied, nothing else is still on its way.
    const sentinel = await publish('sentinel');
    await waitFor(async () => (await effects()).some((e) => e.event_id === sentinel.id), { what: 'the sentinel applied' });

    const rows = await effects();
    expect(rows.map((r) => r.event_id).sort()).toEqual([...expected, sentinel].map((e) => e.id).sort());
    expect(await deadLetters()).toEqual([{ event_id: failing.id, error_kind: 'max-deliver', deliveries: 2 }]);
  });

  it('still dead-letters a permanent failure of the handler at once, outage or not', async () => {
    app = await startMessagingApp({
      service: 'warranty',
      databaseUrl: proxy.url(db.url),
      natsUrl,
      namespace: ns,
      providers: [RecordingHandler],
      messaging: { publishes: false, consumer: { maxDeliver: 2, ackWaitMs: ACK_WAIT_MS, backoffMs: [50, 100] } },
    });
    await probe.query(`INSERT INTO test_switches (name, broken) VALUES ('switch:outage', true)`);
    await proxy.cut();
    const broken = await publish('switch:outage');
    const fine = await publish('fine');
    await new Promise((r) => setTimeout(r, 3 * ACK_WAIT_MS));
    await proxy.restore();
    await waitFor(async () => (await effects()).some((e) => e.event_id === fine.id), { what: 'the next event applied', timeoutMs: 20_000 });
    await waitFor(async () => (await deadLetters()).length === 1, { what: 'the permanent failure dead-lettered' });
    expect(await deadLetters()).toEqual([{ event_id: broken.id, error_kind: 'permanent', deliveries: 1 }]);
  });

  it('applies every event once and dead-letters none when its NATS server crashes and comes back mid-stream', async () => {
    const own = await startOwnNatsServer();
    try {
      app = await startMessagingApp({
        service: 'warranty',
        databaseUrl: db.url,
        natsUrl: own.url,
        namespace: ns,
        providers: [RecordingHandler],
        messaging: { publishes: false, consumer: { maxDeliver: 2, ackWaitMs: ACK_WAIT_MS, backoffMs: [50, 100] } },
      });
      const published = [];
      for (let i = 0; i < 20; i++) published.push(await publish('slow', own.url));
      await waitFor(async () => (await effects()).length >= 3, { what: 'the consumer under way' });
      await own.stop();
      // Down for a few ack waits while the consumer holds what it had pulled.
      await new Promise((r) => setTimeout(r, 3 * ACK_WAIT_MS));
      await own.start();
      await waitFor(async () => new Set((await effects()).map((e) => e.event_id)).size === published.length, {
        what: 'every event applied after the restart',
        timeoutMs: 30_000,
      });
      const sentinel = await publish('sentinel', own.url);
      await waitFor(async () => (await effects()).some((e) => e.event_id === sentinel.id), { what: 'the sentinel applied' });
      expect((await effects()).map((r) => r.event_id).sort()).toEqual([...published, sentinel].map((e) => e.id).sort());
      expect(await deadLetters()).toEqual([]);
    } finally {
      await app?.close();
      app = undefined;
      await own.dispose();
    }
  });
});
