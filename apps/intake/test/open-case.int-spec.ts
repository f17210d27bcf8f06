/**
 * POST /v1/cases end to end inside intake: a good request stores the case and its event; bad input gets a
 * 4xx problem+json answer and changes nothing (issue #2 acceptance); customers see only their own cases (R-IN-8).
 */
import { randomUUID } from 'node:crypto';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

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
  let t: ServiceUnderTest;
  let events: EventCollector;
  const post = (body: string, headers: Record<string, string>) => t.inject('POST', '/v1/cases', { body, headers });
  const counts = async () => {
    const [c] = await t.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM messaging_outbox)::int AS events`);
    return c as { cases: number; events: number };
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, env: { HTTP_BODY_LIMIT_BYTES: '65536' } });
    // Test data: cases are opened for a registered customer (issue #15).
    await registerCustomer(t, customerId);
    events = await t.events();
  });

  afterAll(() => t?.close());

  it('stores a case with its number and activity, and its case.opened event in the same transaction', async () => {
    const res = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await t.token('agent')}` });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'new', priority: 'P1', customerId, caseNumber: expect.stringMatching(/^CS-\d{8}-\d{6}$/) });
    const [event] = await t.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1`, [body.id]);
    expect(event.envelope).toMatchObject({ type: 'aftersales.intake.case.opened.v1', subject: body.id, data: { caseId: body.id, priority: 'P1' } });
    expect(JSON.stringify(event.envelope)).not.toContain('wang.fang'); // contact details stay in intake
  });

  it('records the proof of purchase (R-IN-2) and tells warranty which proof the customer has (R-WA-5)', async () => {
    const auth = { authorization: `Bearer ${await t.token('agent')}` };
    const res = await post(JSON.stringify({ ...validCase(), purchaseProof: 'invoice', purchaseProofReference: 'INV-2026-0042' }), auth);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ purchaseProof: 'invoice', purchaseProofReference: 'INV-2026-0042' });
    const [event] = await t.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1`, [res.json().id]);
    expect(event.envelope.data).toMatchObject({ purchaseProof: 'invoice' });
    const none = await post(JSON.stringify(validCase()), auth);
    expect(none.json()).toMatchObject({ purchaseProof: null, purchaseProofReference: null });
    const before = await counts();
    const bad = await post(JSON.stringify({ ...validCase(), purchaseProof: 'a-friend-said-so' }), auth);
    expect(bad.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('answers a retry with the same Idempotency-Key with the first case, creating nothing', async () => {
    const auth = { authorization: `Bearer ${await t.token('agent')}`, 'idempotency-key': randomUUID() };
    const first = await post(JSON.stringify(validCase()), auth);
    const before = await counts();
    const again = await post(JSON.stringify(validCase()), auth);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await counts()).toEqual(before);
  });

  const badInputs: [string, () => Promise<[string, Record<string, string>]>, number, string][] = [
    ['malformed JSON', async () => ['{"channel": "web",', { authorization: `Bearer ${await t.token('agent')}` }], 400, 'malformed-json'],
    ['wrong types', async () => [JSON.stringify({ ...validCase(), priority: 1, purchaseDate: 'yesterday' }), { authorization: `Bearer ${await t.token('agent')}` }], 400, 'validation'],
    ['an unknown field', async () => [JSON.stringify({ ...validCase(), discount: 100 }), { authorization: `Bearer ${await t.token('agent')}` }], 400, 'validation'],
    ['an oversize body', async () => [JSON.stringify({ ...validCase(), symptoms: 'x'.repeat(70_000) }), { authorization: `Bearer ${await t.token('agent')}` }], 413, 'payload-too-large'],
    ['no token', async () => [JSON.stringify(validCase()), {}], 401, 'unauthenticated'],
    ['a forged token', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${(await t.token('agent')).slice(0, -4)}AAAA` }], 401, 'unauthenticated'],
    ['a role that may not open cases', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${await t.token('integrator')}` }], 403, 'forbidden'],
    ['a customer opening for another customer', async () => [JSON.stringify(validCase()), { authorization: `Bearer ${await t.token('customer', { customerId: randomUUID() })}` }], 403, 'intake-foreign-customer'],
    ['staff naming no customer', async () => [JSON.stringify({ ...validCase(), customerId: undefined }), { authorization: `Bearer ${await t.token('agent')}` }], 400, 'intake-customer-required'],
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
    const res = await post(JSON.stringify({ ...validCase(), priority: 'P9', unknownThing: true }), { authorization: `Bearer ${await t.token('agent')}` });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['priority', 'unknownThing']));
  });

  it('lets a customer read their own case and answers 404 for another customer’s', async () => {
    const mine = await t.token('customer', { customerId, sub: 'c1' });
    const created = await post(JSON.stringify({ ...validCase(), customerId: undefined }), { authorization: `Bearer ${mine}` });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const get = (bearer: string) => t.inject('GET', `/v1/cases/${id}`, { token: bearer });
    expect((await get(mine)).statusCode).toBe(200);
    const other = await get(await t.token('customer', { customerId: randomUUID(), sub: 'c2' }));
    expect(other.statusCode).toBe(404);
    expect(other.json().type).toBe('urn:aftersales:problem:intake-case-not-found');
  });

  it('refuses to close a case that is not resolved, listing the allowed transitions', async () => {
    const created = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await t.token('agent')}` });
    const res = await t.inject('POST', `/v1/cases/${created.json().id}/close`, { token: await t.token('agent'), body: { confirmation: 'customer-confirmed' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'INTAKE.ILLEGAL_TRANSITION', from: 'new', allowed: ['acknowledged', 'in-progress', 'waiting-on-customer', 'resolved'] });
  });

  it('published case.opened only for the cases it stored: none for any refused request', async () => {
    // The relay publishes in outbox order, so once this last case's event is on the stream, all earlier ones are.
    const last = await post(JSON.stringify(validCase()), { authorization: `Bearer ${await t.token('agent')}` });
    await events.waitFor((e) => e.subject === last.json().id);
    const stored: { id: string }[] = await t.query(`SELECT id FROM cases`);
    const published = events.all().filter((e) => e.type === CaseOpenedV1.subject).map((e) => e.subject);
    expect(published.sort()).toEqual(stored.map((c) => c.id).sort());
  });
});
