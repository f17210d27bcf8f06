/**
 * What every service gets from ServiceDefaultsModule + createServiceApp, on real PostgreSQL and NATS: bearer auth
 * and roles, problem+json for every kind of bad input (changing nothing), Idempotency-Key replay, health,
 * metrics, the OpenAPI document, and a graceful close.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { MessagingHealth } from '@aftersales/platform-messaging';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ThingsAppModule, slowGate, thingsService } from './fixtures/things-app';


describe('service defaults on a tiny service', () => {
  let t: ServiceUnderTest;
  let dataSource: DataSource;

  const token = (role: Role, sub = 'user-1') => t.token(role, { sub, ...(role === 'customer' ? { customerId: randomUUID() } : {}) });
  // Fastify's inject as it is: these tests set every header themselves.
  const inject = (options: { method: 'GET' | 'POST'; url: string; payload?: string | Buffer; headers?: Record<string, string> }) =>
    t.app.getHttpAdapter().getInstance().inject(options);
  const postThing = async (payload: string, headers: Record<string, string> = {}) =>
    inject({
      method: 'POST',
      url: '/v1/things',
      payload,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('agent')}`, ...headers },
    });
  const thingCount = async (): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM thing`))[0].n;
  const outboxCount = async (): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM messaging_outbox`))[0].n;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: thingsService, appModule: ThingsAppModule, env: { HTTP_BODY_LIMIT_BYTES: '2048', OUTBOX_POLL_INTERVAL_MS: '200' } });
    dataSource = t.dataSource;
  });

  afterAll(() => t?.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a problem body, read field by field
  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, slug: string) => {
    expect({ status: res.statusCode, contentType: res.headers['content-type'] }).toEqual({ status, contentType: expect.stringMatching(/^application\/problem\+json(;|$)/) });
    expect(res.json()).toMatchObject({ type: `urn:aftersales:problem:${slug}`, status, title: expect.any(String) });
    return res.json();
  };

  describe('bad requests are problem+json and change nothing', () => {
    afterEach(async () => {
      expect(await thingCount()).toBe(0);
      expect(await outboxCount()).toBe(0);
    });

    it('401 without a token, or with a token this service does not trust', async () => {
      const none = await inject({ method: 'POST', url: '/v1/things', payload: '{"name":"a","quantity":1}', headers: { 'content-type': 'application/json' } });
      expectProblem(none, 401, 'unauthenticated');
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      const forged = await signDevToken({ role: 'agent', secret: 'another-secret-0123456789abcdef0123456', issuer: 'aftersales', audience: 'aftersales-api' });
      expectProblem(await postThing('{"name":"a","quantity":1}', { authorization: `Bearer ${forged}` }), 401, 'unauthenticated');
    });

    it('403 for a role the route does not allow', async () => {
      const res = await postThing('{"name":"a","quantity":1}', { authorization: `Bearer ${await token('engineer')}` });
      expectProblem(res, 403, 'forbidden');
    });

    it('400 for malformed JSON', async () => {
      const body = expectProblem(await postThing('{"name": "a", '), 400, 'malformed-json');
      expect(body.detail).toBeDefined();
    });

    it('400 listing every invalid field', async () => {
      const body = expectProblem(await postThing('{"name":"","quantity":"three"}'), 400, 'validation');
      expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'quantity']);
      expect(body.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    });

    it('400 naming an unknown field', async () => {
      const body = expectProblem(await postThing('{"name":"a","quantity":1,"colour":"red"}'), 400, 'validation');
      expect(body.errors).toEqual([{ path: 'colour', message: expect.stringMatching(/unrecognized|unknown/i) }]);
    });

    it('400 for an empty body', async () => {
      expectProblem(await postThing(''), 400, 'malformed-json');
    });

    it('413 for a body over the limit', async () => {
      const res = await postThing(JSON.stringify({ name: 'x'.repeat(4096), quantity: 1 }));
      expectProblem(res, 413, 'payload-too-large');
    });

    it('415 for a body that is not JSON', async () => {
      expectProblem(await postThing('name=a&quantity=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type');
      expectProblem(await postThing('name a', { 'content-type': 'text/plain' }), 415, 'unsupported-media-type');
    });

    it('404 for a route that does not exist, and for a thing that does not exist (with its code)', async () => {
      expectProblem(await inject({ method: 'GET', url: '/v1/nothing-here' }), 404, 'not-found');
      const res = await inject({ method: 'GET', url: `/v1/things/${randomUUID()}`, headers: { authorization: `Bearer ${await token('agent')}` } });
      expect(expectProblem(res, 404, 'things-not-found')).toMatchObject({ code: 'THINGS.NOT_FOUND' });
    });

    it('500 for a bug, without leaking its message', async () => {
      const res = await inject({ method: 'GET', url: '/v1/open/boom' });
      const body = expectProblem(res, 500, 'internal');
      expect(JSON.stringify(body)).not.toContain('hunter2');
    });
  });

  it('creates a thing once per Idempotency-Key and answers a retry with the first response', async () => {
    const key = randomUUID();
    const first = await postThing('{"name":"bolt","quantity":3}', { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: expect.any(String), name: 'bolt', quantity: 3, createdBy: 'user-1' });
    const retry = await postThing('{"name":"bolt","quantity":3}', { 'idempotency-key': key });
    expect({ status: retry.statusCode, body: retry.json() }).toEqual({ status: 201, body: first.json() });
    expect(await thingCount()).toBe(1);
    expect(await outboxCount()).toBe(1);

    const reused = await postThing('{"name":"nut","quantity":1}', { 'idempotency-key': key });
    expectProblem(reused, 422, 'idempotency-key-reused');
    expect(await thingCount()).toBe(1);

    const read = await inject({ method: 'GET', url: `/v1/things/${first.json().id}`, headers: { authorization: `Bearer ${await token('agent')}` } });
    expect(read.json()).toEqual(first.json());
    // The event went out through the outbox and NATS to the consumer.
    await waitFor(async () => (await dataSource.query(`SELECT 1 FROM thing_seen WHERE thing_id = $1`, [first.json().id])).length === 1, {
      what: 'the consumer to see the thing',
    });
  });

  it('serves a public route without a token, and keeps a sane caller request id', async () => {
    const res = await inject({ method: 'GET', url: '/v1/open/ping', headers: { 'x-request-id': 'edge-42' } });
    expect({ status: res.statusCode, body: res.json(), id: res.headers['x-request-id'] }).toEqual({ status: 200, body: { pong: true }, id: 'edge-42' });
    const odd = await inject({ method: 'GET', url: '/v1/open/ping', headers: { 'x-request-id': 'a b\tc' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the probes and the Prometheus scrape without a token', async () => {
    expect((await inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const ready = await inject({ method: 'GET', url: '/health/ready' });
    expect({ status: ready.statusCode, body: ready.json() }).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'up', nats: 'up' } } });
    const metrics = await inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(/^process_cpu_user_seconds_total /m);
    expect(metrics.body).toMatch(/^http_request_duration_seconds_count\{.*route="\/v1\/things".*\} \d+/m);
  });

  it('documents the routes and their body schemas at /docs-json, with the bearer scheme', async () => {
    const res = await inject({ method: 'GET', url: '/docs-json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const post = doc.paths['/v1/things'].post;
    const ref: string = post.requestBody.content['application/json'].schema.$ref;
    const schema = doc.components.schemas[ref.replace('#/components/schemas/', '')];
    expect(schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['name', 'quantity']),
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, quantity: { type: 'integer' } },
    });
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(post['x-required-roles']).toEqual(['agent']);
    expect(doc.paths['/v1/things/{id}'].get.security).toEqual([{ bearer: [] }]);
    // A public operation says so: an empty security requirement (no token is sent).
    expect(doc.paths['/v1/open/ping'].get.security).toEqual([]);
    expect(doc.security).toBeUndefined();
    expect(post.responses.default.content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/ProblemDetails' });
    expect(doc.components.schemas.ProblemDetails.required).toEqual(['type', 'title', 'status']);
    expect((await inject({ method: 'GET', url: '/docs' })).statusCode).toBe(200);
  });

  // Last: it closes the t.app.
  it('closes gracefully: stops taking requests, finishes the ones in flight, then closes NATS and the database', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const fastify = t.app.getHttpAdapter().getInstance();
    const { port } = fastify.server.address() as { port: number };
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    expect((await fetch(url('/v1/open/ping'))).status).toBe(200);

    slowGate.opened = new Promise<void>((resolve) => (slowGate.release = resolve));
    const inFlight = fetch(url('/v1/open/slow'));
    await waitFor(() => slowGate.waiting === 1, { what: 'the slow request to arrive' });

    let closed = false;
    const closing = t.app.close().then(() => (closed = true));
    await waitFor(() => !fastify.server.listening, { what: 'the server to stop listening' });
    await expect(fetch(url('/v1/open/ping'))).rejects.toThrow();
    // HTTP is drained first: the messaging backbone still runs for what the last requests commit.
    expect({ closed, nats: t.app.get(MessagingHealth).check().nats }).toEqual({ closed: false, nats: true });

    slowGate.release();
    const res = await inFlight;
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 200, body: { finished: true } });
    await closing;
    expect(dataSource.isInitialized).toBe(false);
  }, 20_000);
});
