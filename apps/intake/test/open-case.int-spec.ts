/**
 * POST /v1/cases end to end inside intake: a good request stores the case and its event; bad input gets a
 * 4xx problem+json answer and changes nothing (issue #2 acceptance); customers see only their own cases (R-IN-8).
 */
import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { signDevToken, Role } from '@aftersales/platform-auth';
import { createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { EventCollector, TestDatabase, collectEvents, createTestDatabase, testInfra, testNamespace } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

const SECRET = 'intake-test-secret-0123456789abcdef0123';
const customerId = randomUUID();

const validCase = () => ({
  channel: 'web',
  customerId,
  contact: { name: '王芳', email: 'wang.fang@example.com' },
  productModel: 'PX-2000',
  serialNumber: 'SN-PX2000-0001',
  purchaseDate: '2026-03-02',
  category: 'fault-hardware',
  priority: 'P1',
  symptoms: '开机后立即断电 (powers off right after start)',
});

describe('intake: POST /v1/cases', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let events: EventCollector;
  const ns = testNamespace('intake_open_case');
  const token = (role: Role, claims: { customerId?: string; sub?: string } = {}) =>
    signDevToken({ role, secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api', ...claims });
  const post = async (body: string, headers: Record<string, string>) =>
    app.getHttpAdapter().getInstance().inject({ method: 'POST', url: '/v1/cases', payload: body, headers: { 'content-type': 'application/json', ...headers } });
  const counts = async () => {
    const [c] = await dataSource.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM messaging_outbox)::int AS events`);
    return c as { cases: number; events: number };
  };

  beforeAll(async () => {
    db = await createTestDatabase('intake-open-case');
    const env = {
      DATABASE_URL: db.url,
      NATS_URL: testInfra().natsUrl,
      NATS_NAMESPACE: ns,
      PORT: '0',
      AUTH_JWT_SECRET: SECRET,
      HTTP_BODY_LIMIT_BYTES: '65536',
      LOG_LEVEL: 'silent',
    };
    await runMigrations(intakeService, env);
    app = await createServiceApp(AppModule, intakeService, env);
    dataSource = app.get(DataSource);
    // Test data: cases are opened for a registered customer (issue #15).
    await dataSource.query(`INSERT INTO customers (id, code, kind, name, created_at, updated_at, version) VALUES ($1, $2, 'person', 'Test customer', now(), now(), 1) ON CONFLICT DO NOTHING`, [customerId, `T-${customerId}`]);
    events = await collectEvents(testInfra().natsUrl, ns, 'intake');
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
    await db?.drop();
  });

  it('stores a case with its number and activity, and its case.opened event in the same transaction', async () => {
    const res = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await token('agent')}` });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'new', priority: 'P1', customerId, caseNumber: expect.stringMatching(/^CS-\d{8}-\d{6}$/) });
    const [event] = await dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1`, [body.id]);
    expect(event.envelope).toMatchObject({ type: 'aftersales.intake.case.opened.v1', subject: body.id, data: { caseId: body.id, priority: 'P1' } });
    expect(JSON.stringify(event.envelope)).not.toContain('wang.fang'); // contact details stay in intake
  });

  it('records the proof of purchase (R-IN-2) and tells warranty which proof the customer has (R-WA-5)', async () => {
    const auth = { authorization: `Bearer ${await token('agent')}` };
    const res = await post(JSON.stringify({ ...validCase(), purchaseProof: 'invoice', purchaseProofReference: 'INV-2026-0042' }), auth);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ purchaseProof: 'invoice', purchaseProofReference: 'INV-2026-0042' });
    const [event] = await dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1`, [res.json().id]);
    expect(event.envelope.data).toMatchObject({ purchaseProof: 'invoice' });
    const none = await post(JSON.stringify(validCase()), auth);
    expect(none.json()).toMatchObject({ purchaseProof: null, purchaseProofReference: null });
    const before = await counts();
    const bad = await post(JSON.stringify({ ...validCase(), purchaseProof: 'a-friend-said-so' }), auth);
    expect(bad.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers a retry with the same Idempotency-Key with the first case, creating nothing', async () => {
    const auth = { authorization: `Bearer ${await token('agent')}`, 'idempotency-key': randomUUID() };
    const first = await post(JSON.stringify(validCase()), auth);
    const before = await counts();
    const again = await post(JSON.stringify(validCase()), auth);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await counts()).toEqual(before);
  });

  const badInputs: [string, () => Promise<[string, Record<string, string>]>, number, string][] = [
    ['malformed JSON', async () => ['{"channel": "web",', { authorization: `Bearer ${await token('agent')}` }], 400, 'malformed-json'],
    ['wrong types', async () => [JSON.stringify({ ...validCase(), priority: 1, purchaseDate: 'yesterday' }), { authorization: `Bearer ${await token('agent')}` }], 400, 'validation'],
    ['an unknown field', async () => [JSON.stringify({ ...validCase(), discount: 100 }), { authorization: `Bearer ${await token('agent')}` }], 400, 'validation'],
    ['an oversize body', async () => [JSON.stringify({ ...validCase(), symptoms: 'x'.repeat(70_000) }), { authorization: `Bearer ${await token('agent')}` }], 413, 'payload-too-large'],
    ['no token', async () => [JSON.stringify(validCase()), {}], 401, 'unauthenticated'],
    ['a forged token', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${(await token('agent')).slice(0, -4)}AAAA` }], 401, 'unauthenticated'],
    ['a role that may not open cases', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${await token('integrator')}` }], 403, 'forbidden'],
    ['a customer opening for another customer', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${await token('customer', { customerId: randomUUID() })}` }], 403, 'intake-foreign-customer'],
    ['staff naming no customer', async () => [JSON.stringify({ ...validCase(), customerId: undefined }), { authorization: `Bearer ${await token('agent')}` }], 400, 'intake-customer-required'],
  ];

  it.each(badInputs)('refuses %s with a problem+json answer and changes nothing', async (_what, make, status, type) => {
    const before = await counts();
    const [body, headers] = await make();
    const res = await post(body, headers);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
    expect(await counts()).toEqual(before);
  });

  it('names each invalid field', async () => {
    const res = await post(JSON.stringify({ ...validCase(), priority: 'P9', unknownThing: true }), { authorization: `Bearer ${await token('agent')}` });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['priority', 'unknownThing']));
  });

  it('lets a customer read their own case and answers 404 for another customer’s', async () => {
    const mine = await token('customer', { customerId, sub: 'c1' });
    const created = await post(JSON.stringify({ ...validCase(), customerId: undefined }), { authorization: `Bearer ${mine}` });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const get = (t: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url: `/v1/cases/${id}`, headers: { authorization: `Bearer ${t}` } });
    expect((await get(mine)).statusCode).toBe(200);
    const other = await get(await token('customer', { customerId: randomUUID(), sub: 'c2' }));
    expect(other.statusCode).toBe(404);
    expect(other.json().type).toBe('urn:aftersales:problem:intake-case-not-found');
  });

  it('refuses to close a case that is not resolved, listing the allowed transitions', async () => {
    const created = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await token('agent')}` });
    const res = await app.getHttpAdapter().getInstance().inject({
      method: 'POST',
      url: `/v1/cases/${created.json().id}/close`,
      payload: { confirmation: 'customer-confirmed' },
      headers: { authorization: `Bearer ${await token('agent')}` },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'INTAKE.ILLEGAL_TRANSITION', from: 'new', allowed: ['acknowledged', 'in-progress', 'waiting-on-customer', 'resolved'] });
  });

  it('published case.opened only for the cases it stored: none for any refused request', async () => {
    // The relay publishes in outbox order, so once this last case's event is on the stream, all earlier ones are.
    const last = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await token('agent')}` });
    await events.waitFor((e) => e.subject === last.json().id);
    const stored: { id: string }[] = await dataSource.query(`SELECT id FROM cases`);
    const published = events.all().filter((e) => e.type === CaseOpenedV1.subject).map((e) => e.subject);
    expect(published.sort()).toEqual(stored.map((c) => c.id).sort());
  });
});
