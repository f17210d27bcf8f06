/**
 * The consumer side of docs/architecture.md "Delivery guarantees": an effect is applied once however often the
 * event arrives, failures are retried, poison goes to the dead letters without stopping the flow, replicas
 * share the work, and a dead letter can be replayed once its cause is fixed.
 */
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { TestDatabase, publishRaw, publishTestEvent, testInfra, waitFor } from '@aftersales/platform-testing';
import { DeadLetterService } from '../src';
import { MessagingTestBed, RecordingHandler, caseOpened, startMessagingApp, startMessagingTestBed } from './fixtures/harness';

const { natsUrl } = testInfra();

describe('event consumers', () => {
  let bed: MessagingTestBed;
  let db: TestDatabase;
  let ns: string;
  let probe: DataSource;
  const apps: INestApplicationContext[] = [];

  beforeEach(async () => {
    bed = await startMessagingTestBed('consumer');
    ({ db, ns, probe } = bed);
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await bed.close();
  });

  const startConsumer = async (maxDeliver = 3) => {
    const app = await startMessagingApp({
      service: 'warranty',
      databaseUrl: db.url,
      natsUrl,
      namespace: ns,
      providers: [RecordingHandler],
      messaging: { publishes: false, consumer: { maxDeliver } },
    });
    apps.push(app);
    return app;
  };
  const publish = (symptoms: string, options: { id?: string; msgId?: string } = {}) => {
    const caseId = uuidv7();
    return publishTestEvent(natsUrl, ns, CaseOpenedV1, { aggregateId: caseId, data: caseOpened(symptoms, caseId), ...options });
  };
  const effects = (): Promise<{ event_id: string; instance: string; symptoms: string }[]> =>
    probe.query(`SELECT event_id, instance, symptoms FROM test_effects ORDER BY id`);
  const deadLetters = (): Promise<{ id: string; error_kind: string; deliveries: number; event_id: string | null; replayed_at: Date | null }[]> =>
    probe.query(`SELECT id, error_kind, deliveries, event_id, replayed_at FROM messaging_dead_letter ORDER BY created_at`);

  it('applies a redelivered event once (inbox in the same transaction as the effect)', async () => {
    await startConsumer();
    const first = await publish('delivered twice');
    // The same event again under another Nats-Msg-Id, as after a producer restart past the duplicate window.
    await publish('delivered twice', { id: first.id, msgId: `${first.id}-again` });
    const marker = await publish('after the duplicate');
    await waitFor(async () => (await effects()).some((e) => e.event_id === marker.id), { what: 'the marker event handled' });
    const rows = await effects();
    expect(rows.filter((e) => e.event_id === first.id)).toHaveLength(1);
    const [inbox] = await probe.query(`SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1`, [first.id]);
    expect(inbox.n).toBe(1);
  });

  it('dead-letters an invalid payload at once and goes on with the next message', async () => {
    await startConsumer();
    await publishRaw(natsUrl, ns, CaseOpenedV1, '{"this is": "not an envelope"');
    const next = await publish('next after poison');
    await waitFor(async () => (await effects()).some((e) => e.event_id === next.id), { what: 'the next message handled' });
    await waitFor(async () => (await deadLetters()).length === 1, { what: 'one dead letter' });
    expect((await deadLetters())[0]).toMatchObject({ error_kind: 'invalid', deliveries: 1 });
  });

  it('retries a failing handler with backoff and dead-letters it after max_deliver, while later messages flow', async () => {
    await startConsumer(3);
    const poison = await publish('transient-failure');
    const next = await publish('behind the failing one');
    await waitFor(async () => (await effects()).some((e) => e.event_id === next.id), { what: 'the message behind it handled' });
    await waitFor(async () => (await deadLetters()).length === 1, { what: 'the failing message dead-lettered', timeoutMs: 15_000 });
    expect((await deadLetters())[0]).toMatchObject({ error_kind: 'max-deliver', deliveries: 3, event_id: poison.id });
    expect((await effects()).filter((e) => e.event_id === poison.id)).toHaveLength(0);
  });

  it('replays a dead letter once its cause is fixed, applying the effect once', async () => {
    const app = await startConsumer();
    await probe.query(`INSERT INTO test_switches (name, broken) VALUES ('switch:replay', true)`);
    const event = await publish('switch:replay');
    await waitFor(async () => (await deadLetters()).length === 1, { what: 'a permanent failure dead-lettered' });
    const [letter] = await deadLetters();
    expect(letter.error_kind).toBe('permanent');
    await probe.query(`UPDATE test_switches SET broken = false`);
    expect(await app.get(DeadLetterService).requestReplay({ id: letter.id })).toBe(1);
    await waitFor(async () => (await deadLetters())[0].replayed_at !== null, { what: 'the replay done' });
    expect((await effects()).filter((e) => e.event_id === event.id)).toHaveLength(1);
    // Replaying again changes nothing: it is not pending any more, and the inbox would stop it anyway.
    expect(await app.get(DeadLetterService).requestReplay({ id: letter.id })).toBe(0);
  });

  it('two instances of one consumer share the stream and never process a message twice', async () => {
    const [a, b] = [await startConsumer(), await startConsumer()];
    a.get(RecordingHandler).label = 'a';
    b.get(RecordingHandler).label = 'b';
    const published = [];
    for (let i = 0; i < 60; i++) published.push(await publish('slow'));
    await waitFor(async () => (await effects()).length >= 60, { what: '60 effects', timeoutMs: 30_000 });
    await new Promise((r) => setTimeout(r, 300));
    const rows = await effects();
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(published.map((p) => p.id)));
    // Both replicas took part (one durable consumer, shared).
    expect(rows.filter((r) => r.instance === 'a').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.instance === 'b').length).toBeGreaterThan(0);
  });
});
