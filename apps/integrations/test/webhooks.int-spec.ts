/**
 * Webhooks on real PostgreSQL and NATS with local HTTP receivers (issue #17): an integrator's endpoint gets every
 * event of a case once, signed as Standard Webhooks says and verified with the standardwebhooks package (R-IG-4); a
 * receiver down for several attempts gets the message when it is back, each attempt logged (R-IG-5); order per
 * aggregate; manual replay of one message and of a time range; a filter outside the scope is a 403; an endpoint
 * answering 410 is disabled with an event (R-IG-6); per-endpoint lag on /metrics.
 */
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { v7 as uuidv7 } from 'uuid';
import { CaseClosedV1, CaseOpenedV1, CaseResolvedV1 } from '@aftersales/contracts-intake';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { WebhookEndpointDisabledV1 } from '@aftersales/contracts-integrations';
import { ManualClock } from '@aftersales/platform-timers';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { integrationsService } from '../src/integrations.service-definition';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A local receiver: records what it gets; answers `failWith` to the next `failures` requests. */
class Receiver {
  readonly received: Received[] = [];
  failures = 0;
  failWith = 503;
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        if (this.failures > 0) {
          this.failures -= 1;
          res.writeHead(this.failWith).end();
          return;
        }
        this.received.push({ headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('webhooks: signed deliveries to integrators (R-IG-4..6)', () => {
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  const receivers: Receiver[] = [];

  const receiver = async () => {
    const r = await new Receiver().start();
    receivers.push(r);
    return r;
  };
  /** An integrator with a token for these subjects. */
  const integrator = async (subjects: string[]) => {
    const { body } = await t.http('POST', '/v1/integrators', { as: 'admin', body: { name: `integrator ${uuidv7()}`, subjects } });
    const token = await t.http('POST', '/v1/oauth/token', { body: { grant_type: 'client_credentials', client_id: body.clientId, client_secret: body.clientSecret } });
    return { id: body.id as string, token: token.body.access_token as string };
  };
  const endpoint = async (token: string, url: string, subjects: string[], ordered = false) => {
    const reply = await t.http('POST', '/v1/webhook-endpoints', { token, body: { url, subjects, ordered } });
    expect(reply.status).toBe(201);
    return reply.body as { id: string; secret: string };
  };
  const caseEvents = async (caseId: string) => {
    const opened = await t.publish(CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: { ...CaseOpenedV1.example, caseId } });
    const resolved = await t.publish(CaseResolvedV1, { aggregateId: caseId, sequence: 2, data: { ...CaseResolvedV1.example, caseId } });
    const closed = await t.publish(CaseClosedV1, { aggregateId: caseId, sequence: 3, data: { ...CaseClosedV1.example, caseId } });
    return [opened, resolved, closed];
  };
  const verified = (secret: string, r: Received) => new Webhook(secret).verify(r.body, r.headers) as { id: string; type: string; subject: string };
  const deliveredTo = (r: Receiver, ids: string[]) =>
    waitFor(() => ids.every((id) => r.received.some((x) => x.headers['webhook-id'] === id)) || undefined, { what: `deliveries ${ids.join(', ')}`, timeoutMs: 15_000 });

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: integrationsService,
      appModule: AppModule,
      clock: new ManualClock('2026-12-01T09:00:00.000Z'),
      env: { WEBHOOK_TIMEOUT_MS: '2000' },
      streams: ['intake', 'dispatch', 'warranty', 'rma-inventory', 'complaints', 'surveys'],
    });
    events = await t.events();
  });
  afterAll(async () => {
    await t?.close();
    for (const r of receivers) await r.stop();
  });

  it('R-IG-4: the receiver gets every event of a case once, each verified with standardwebhooks; webhook-id is the event id', async () => {
    const r = await receiver();
    const erp = await integrator(['aftersales.intake.case.>']);
    const ep = await endpoint(erp.token, r.url, ['aftersales.intake.case.>']);
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const caseId = uuidv7();
    const published = await caseEvents(caseId);
    // An event outside the filter, as a sentinel that the feed moved past it: nothing of it may arrive.
    const other = await t.publish(WorkOrderCompletedV1, { aggregateId: uuidv7(), sequence: 1, data: WorkOrderCompletedV1.example });
    await deliveredTo(r, published.map((e) => e.id));

    const ofCase = r.received.filter((x) => JSON.parse(x.body).subject === caseId);
    expect(ofCase.map((x) => verified(ep.secret, x).type)).toEqual(['aftersales.intake.case.opened.v1', 'aftersales.intake.case.resolved.v1', 'aftersales.intake.case.closed.v1']);
    expect(ofCase.map((x) => x.headers['webhook-id'])).toEqual(published.map((e) => e.id));
    for (const x of ofCase) {
      expect(x.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      expect(Math.abs(Number(x.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    // A wrong secret does not verify.
    expect(() => new Webhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(ofCase[0].body, ofCase[0].headers)).toThrow('No matching signature found');
    expect(r.received.some((x) => x.headers['webhook-id'] === other.id)).toBe(false);
    // Once: one delivery and one attempt each, all delivered (the attempt commits just after the receiver answered).
    const rows = () => t.query(`SELECT event_id, status, attempts FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY event_sequence`, [ep.id]);
    await waitFor(async () => (await rows()).every((d) => d.status === 'delivered') || undefined, { what: 'the deliveries marked delivered' });
    expect(await rows()).toEqual(published.map((e) => ({ event_id: e.id, status: 'delivered', attempts: 1 })));
    expect(r.received.filter((x) => published.some((e) => e.id === x.headers['webhook-id']))).toHaveLength(3);
  });

  it('R-IG-5: a receiver down for several attempts gets the message when it is back; each attempt is logged with status and latency', async () => {
    const r = await receiver();
    r.failures = 3;
    const crm = await integrator(['aftersales.intake.>']);
    const ep = await endpoint(crm.token, r.url, ['aftersales.intake.case.opened.v1']);
    const caseId = uuidv7();
    const opened = await t.publish(CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: { ...CaseOpenedV1.example, caseId } });
    const attempts = () => t.count(`SELECT count(*)::int AS n FROM webhook_attempts WHERE endpoint_id = $1`, [ep.id]);
    await waitFor(async () => (await attempts()) === 1 || undefined, { what: 'the first attempt' });
    // The schedule: 5 s, then 5 min, then 30 min.
    for (const [delayMs, expected] of [
      [5_000, 2],
      [300_000, 3],
      [1_800_000, 4],
    ] as const) {
      t.clock.advance(delayMs - 1);
      await t.fireAllDueTimers();
      expect(await attempts()).toBe(expected - 1);
      t.clock.advance(1);
      await t.fireAllDueTimers();
      await waitFor(async () => (await attempts()) === expected || undefined, { what: `attempt ${expected}` });
    }
    await deliveredTo(r, [opened.id]);
    expect(verified(ep.secret, r.received[0]).subject).toBe(caseId);

    const log = await t.http('GET', `/v1/webhook-endpoints/${ep.id}/attempts`, { token: crm.token });
    expect(log.status).toBe(200);
    expect(log.body.items.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode])).toEqual([
      [4, 204],
      [3, 503],
      [2, 503],
      [1, 503],
    ]);
    for (const a of log.body.items) expect(a.latencyMs).toEqual(expect.any(Number));
    const shown = await t.http('GET', `/v1/webhook-endpoints/${ep.id}`, { token: crm.token });
    expect(shown.body).toMatchObject({ status: 'enabled', failingSince: null });
  });

  it('R-IG-4: an endpoint that asks for order gets the next event of an aggregate only after the earlier one is delivered', async () => {
    const r = await receiver();
    r.failures = 1;
    const bi = await integrator(['aftersales.intake.>']);
    const ep = await endpoint(bi.token, r.url, ['aftersales.intake.case.>'], true);
    const caseId = uuidv7();
    const published = await caseEvents(caseId);
    await waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`, [ep.id])) === 3 || undefined, { what: 'three deliveries' });
    await waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM webhook_attempts WHERE endpoint_id = $1`, [ep.id])) === 1 || undefined, { what: 'the failed first attempt' });
    const statuses = await t.query(`SELECT status FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY event_sequence`, [ep.id]);
    expect(statuses.map((s) => s.status)).toEqual(['pending', 'waiting', 'waiting']);
    expect(r.received).toEqual([]);
    t.clock.advance(5_000);
    await t.fireAllDueTimers();
    await deliveredTo(r, published.map((e) => e.id));
    expect(r.received.map((x) => x.headers['webhook-id'])).toEqual(published.map((e) => e.id));
  });

  it('R-IG-5: one message, then a time range, sent again by hand with the same webhook-id', async () => {
    const r = await receiver();
    const sms = await integrator(['aftersales.intake.case.>']);
    const ep = await endpoint(sms.token, r.url, ['aftersales.intake.case.>']);
    const first = await caseEvents(uuidv7());
    await deliveredTo(r, first.map((e) => e.id));
    const since = new Date().toISOString();
    const second = await caseEvents(uuidv7());
    await deliveredTo(r, second.map((e) => e.id));
    r.received.length = 0;

    const one = await t.http('POST', `/v1/webhook-endpoints/${ep.id}/replay`, { token: sms.token, body: { eventId: first[1].id } });
    expect(one).toMatchObject({ status: 202, body: { replayed: 1 } });
    await deliveredTo(r, [first[1].id]);
    r.received.length = 0;

    const range = await t.http('POST', `/v1/webhook-endpoints/${ep.id}/replay`, { token: sms.token, body: { since } });
    expect(range).toMatchObject({ status: 202, body: { replayed: 3 } });
    await deliveredTo(r, second.map((e) => e.id));
    expect(r.received.map((x) => x.headers['webhook-id'])).toEqual(second.map((e) => e.id));
    expect(verified(ep.secret, r.received[0]).type).toBe('aftersales.intake.case.opened.v1');
  });

  it('R-IG-4: a filter outside the subjects the token names is a 403 that registers nothing', async () => {
    const narrow = await integrator(['aftersales.intake.case.>']);
    const before = await t.count(`SELECT count(*)::int AS n FROM webhook_endpoints`);
    for (const subjects of [['aftersales.dispatch.>'], ['aftersales.intake.>'], ['aftersales.>'], ['aftersales.intake.case.>', 'aftersales.rma.rma.opened.v1']]) {
      const reply = await t.http('POST', '/v1/webhook-endpoints', { token: narrow.token, body: { url: 'http://127.0.0.1:9/hooks', subjects } });
      expect(reply.status).toBe(403);
      expect(reply.body.type).toBe('urn:aftersales:problem:integrations-subject-outside-scope');
    }
    expect(await t.count(`SELECT count(*)::int AS n FROM webhook_endpoints`)).toBe(before);
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://example.com/x', subjects: ['aftersales.intake.case.>'] }],
    ['a malformed filter', { url: 'http://127.0.0.1:9/x', subjects: ['aftersales.>.case'] }],
    ['no filter', { url: 'http://127.0.0.1:9/x', subjects: [] }],
    ['an unknown field', { url: 'http://127.0.0.1:9/x', subjects: ['aftersales.intake.case.>'], secret: 'mine' }],
  ])('bad input changes nothing: %s', async (_what, body) => {
    const { token } = await integrator(['aftersales.intake.case.>']);
    const before = await t.count(`SELECT count(*)::int AS n FROM webhook_endpoints`);
    const reply = await t.http('POST', '/v1/webhook-endpoints', { token, body });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(await t.count(`SELECT count(*)::int AS n FROM webhook_endpoints`)).toBe(before);
  });

  it('another integrator\'s endpoint is not found; an admin sees it', async () => {
    const owner = await integrator(['aftersales.intake.case.>']);
    const stranger = await integrator(['aftersales.intake.case.>']);
    const ep = await endpoint(owner.token, 'http://127.0.0.1:9/hooks', ['aftersales.intake.case.>']);
    expect((await t.http('GET', `/v1/webhook-endpoints/${ep.id}`, { token: stranger.token })).status).toBe(404);
    expect((await t.http('POST', `/v1/webhook-endpoints/${ep.id}/replay`, { token: stranger.token, body: { since: '2026-01-01T00:00:00Z' } })).status).toBe(404);
    expect((await t.http('GET', `/v1/webhook-endpoints/${ep.id}`, { as: 'admin' })).status).toBe(200);
  });

  it('R-IG-6: an endpoint answering 410 Gone is disabled with an event; enabled again, it gets what waited; lag is a metric', async () => {
    const r = await receiver();
    r.failures = 1;
    r.failWith = 410;
    const gone = await integrator(['aftersales.intake.case.>']);
    const ep = await endpoint(gone.token, r.url, ['aftersales.intake.case.opened.v1']);
    const caseId = uuidv7();
    const opened = await t.publish(CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: { ...CaseOpenedV1.example, caseId } });
    const disabled = await events.waitFor((e) => e.type === WebhookEndpointDisabledV1.subject && e.subject === ep.id);
    expect(disabled.data).toMatchObject({ endpointId: ep.id, integratorId: gone.id, url: r.url, reason: 'gone' });

    const metrics = await t.http('GET', '/metrics');
    expect(metrics.body).toContain(`webhook_endpoint_pending{endpoint="${ep.id}"} 1`);
    expect(metrics.body).toContain('webhook_endpoint_lag_seconds');

    const enabled = await t.http('POST', `/v1/webhook-endpoints/${ep.id}/enable`, { token: gone.token });
    expect(enabled).toMatchObject({ status: 200, body: { status: 'enabled', disabledReason: null } });
    await deliveredTo(r, [opened.id]);
  });
});
