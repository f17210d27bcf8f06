/**
 * The producer side of docs/architecture.md "Delivery guarantees": a state change and its event commit together,
 * a crash at any point loses nothing and publishes nothing twice, and events leave in order.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { TestDatabase, collectEvents, testInfra, waitFor } from '@aftersales/platform-testing';
import { OutboxService } from '../src';
import { MessagingTestBed, caseOpened, startMessagingApp, startMessagingTestBed, streamMessageCount } from './fixtures/harness';

const { natsUrl } = testInfra();

describe('outbox relay', () => {
  let bed: MessagingTestBed;
  let db: TestDatabase;
  let ns: string;
  const apps: INestApplicationContext[] = [];

  beforeEach(async () => {
    bed = await startMessagingTestBed('outbox');
    ({ db, ns } = bed);
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await bed.close();
  });

  const start = async (extra: Parameters<typeof startMessagingApp>[0]['messaging'] = {}) => {
    const app = await startMessagingApp({ service: 'intake', databaseUrl: db.url, natsUrl, namespace: ns, messaging: extra });
    apps.push(app);
    return app;
  };

  const append = (app: INestApplicationContext, symptoms: string, caseId = uuidv7(), sequence = 1) =>
    app.get(DataSource).transaction((m) => app.get(OutboxService).append(m, CaseOpenedV1, { aggregateId: caseId, sequence, data: caseOpened(symptoms, caseId) }));

  const sentCount = async () => Number((await new DataSource({ type: 'postgres', url: db.url }).initialize().then(async (ds) => {
    const [r] = await ds.query(`SELECT count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent FROM messaging_outbox`);
    await ds.destroy();
    return r;
  })).sent);

  it('publishes a committed event promptly, once, with Nats-Msg-Id = event id', async () => {
    const app = await start();
    const envelope = await append(app, 'published');
    const events = await collectEvents(natsUrl, ns, 'intake');
    try {
      const seen = await events.waitFor((e) => e.id === envelope.id);
      expect(seen).toMatchObject({ type: CaseOpenedV1.subject, source: 'intake', subject: envelope.subject });
      await waitFor(async () => (await sentCount()) === 1, { what: 'the row marked sent' });
    } finally {
      await events.stop();
    }
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const app = await start();
    await expect(
      app.get(DataSource).transaction(async (m) => {
        const caseId = uuidv7();
        await app.get(OutboxService).append(m, CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: caseOpened('rolled back', caseId) });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    const committed = await append(app, 'committed after');
    const events = await collectEvents(natsUrl, ns, 'intake');
    try {
      await events.waitFor((e) => e.id === committed.id);
      expect(events.all().map((e) => (e.data as { symptoms: string }).symptoms)).toEqual(['committed after']);
    } finally {
      await events.stop();
    }
  });

  it('publishes rows committed while no relay ran, exactly once, when a relay starts', async () => {
    const writer = await start({ publishes: false }); // the process that committed, then died before relaying
    for (let i = 0; i < 5; i++) await append(writer, `backlog ${i}`);
    expect(await streamMessageCount(natsUrl, ns, 'intake')).toBe(0);
    await start();
    await waitFor(async () => (await sentCount()) === 5, { what: 'five rows sent' });
    await start(); // a second relay (a restart, or a replica) finds nothing left to publish
    await new Promise((r) => setTimeout(r, 500));
    expect(await streamMessageCount(natsUrl, ns, 'intake')).toBe(5);
  });

  it('a relay killed after publishing but before marking sent re-publishes on restart, and the stream keeps one copy', async () => {
    const writer = await start({ publishes: false });
    const envelope = await append(writer, 'crash between publish and mark');
    const fixture = path.join(__dirname, 'fixtures', 'crashing-relay.ts');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', fixture], {
      env: { ...process.env, DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_NAMESPACE: ns },
      stdio: 'ignore',
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    expect(await streamMessageCount(natsUrl, ns, 'intake')).toBe(1); // it did publish...
    expect(await sentCount()).toBe(0); // ...but never marked the row
    await start();
    await waitFor(async () => (await sentCount()) === 1, { what: 'the row marked sent after restart' });
    expect(await streamMessageCount(natsUrl, ns, 'intake')).toBe(1); // the re-publish was deduplicated
    const events = await collectEvents(natsUrl, ns, 'intake');
    try {
      await events.waitFor((e) => e.id === envelope.id);
      expect(events.all()).toHaveLength(1);
    } finally {
      await events.stop();
    }
  });

  it('keeps the order of an aggregate’s events', async () => {
    const app = await start();
    const caseId = uuidv7();
    for (let sequence = 1; sequence <= 20; sequence++) await append(app, `step ${sequence}`, caseId, sequence);
    const events = await collectEvents(natsUrl, ns, 'intake');
    try {
      await waitFor(() => events.all().length === 20, { what: '20 events' });
      expect(events.all().map((e) => e.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      await events.stop();
    }
  });
});
