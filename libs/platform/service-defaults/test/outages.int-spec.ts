/**
 * What a service does while PostgreSQL or NATS is away (issue 8, "Outages"): HTTP answers 503 problem+json with
 * Retry-After and the outage is logged once when it starts and once when it ends; /health/ready says which
 * dependency is down, also while the NATS client is still reconnecting. PostgreSQL is reached through a proxy
 * this test cuts, NATS is a server of this test's own: the shared servers are never stopped.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signDevToken } from '@aftersales/platform-auth';
import {
  OwnNatsServer,
  TcpProxy,
  TestDatabase,
  createTestDatabase,
  startOwnNatsServer,
  startTcpProxy,
  testNamespace,
  waitFor,
} from '@aftersales/platform-testing';
import { createServiceApp, runMigrations } from '../src';
import { ThingsAppModule, thingsService } from './fixtures/things-app';

const SECRET = 'service-defaults-outage-secret-0123456789';

describe('a service during an outage of its database or NATS', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let nats: OwnNatsServer;
  let app: NestFastifyApplication;
  /** Every line logged through Nest's Logger (the app's pino logger behind it), as [level, context, text]. */
  const lines: [string, string, string][] = [];
  const spies: jest.SpyInstance[] = [];

  const inject = (options: { method: 'GET' | 'POST'; url: string; payload?: string; headers?: Record<string, string> }) =>
    app.getHttpAdapter().getInstance().inject(options);
  const agentHeaders = async () => ({
    'content-type': 'application/json',
    authorization: `Bearer ${await signDevToken({ role: 'agent', sub: 'agent-1', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' })}`,
  });
  const logged = (pattern: RegExp) => lines.filter(([, , text]) => pattern.test(text));

  beforeAll(async () => {
    db = await createTestDatabase('outages');
    await runMigrations(thingsService, { DATABASE_URL: db.url });
    proxy = await startTcpProxy({ host: new URL(db.url).hostname, port: Number(new URL(db.url).port || 5432) });
    nats = await startOwnNatsServer();
    for (const level of ['log', 'warn', 'error'] as const) {
      spies.push(
        jest.spyOn(Logger.prototype, level).mockImplementation(function (this: Logger, ...args: unknown[]) {
          lines.push([level, (this as unknown as { context?: string }).context ?? '', String(args[0])]);
        }),
      );
    }
    app = await createServiceApp(ThingsAppModule, thingsService, {
      DATABASE_URL: proxy.url(db.url),
      NATS_URL: nats.url,
      NATS_NAMESPACE: testNamespace('outages'),
      PORT: '0',
      AUTH_JWT_SECRET: SECRET,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_INTERVAL_MS: '200',
    });
  });

  afterAll(async () => {
    await proxy?.restore();
    await nats?.start();
    await app?.close();
    for (const spy of spies) spy.mockRestore();
    await proxy?.close();
    await nats?.dispose();
    await db?.drop();
  });

  it('answers 503 problem+json with Retry-After while PostgreSQL is away, logs it once, and recovers by itself', async () => {
    const headers = await agentHeaders();
    const before = await inject({ method: 'POST', url: '/v1/things', payload: '{"name":"before","quantity":1}', headers });
    expect(before.statusCode).toBe(201);
    lines.length = 0;

    await proxy.cut();
    // Requests keep coming for a few seconds, long enough for several rounds of the relay, timers and probes.
    const during = [];
    const until = Date.now() + 3000;
    for (let i = 0; Date.now() < until || i < 5; i++) {
      during.push(await inject({ method: 'POST', url: '/v1/things', payload: `{"name":"during ${i}","quantity":1}`, headers }));
      during.push(await inject({ method: 'GET', url: `/v1/things/${randomUUID()}`, headers }));
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const res of during) {
      expect({ status: res.statusCode, contentType: res.headers['content-type'], retryAfter: res.headers['retry-after'] }).toEqual({
        status: 503,
        contentType: expect.stringMatching(/^application\/problem\+json/),
        retryAfter: '5',
      });
      expect(res.json()).toMatchObject({ type: 'urn:aftersales:problem:unavailable', status: 503 });
      // Nothing about the database's address or the driver leaks to the client.
      expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    }
    const ready = await inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks).toEqual({ database: 'down', nats: 'up' });
    const metrics = await inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/^dependency_up\{service="intake",dependency="database"\} 0$/m);

    // One line for the outage, however many requests failed; no stack trace per request, nor per poll.
    expect(logged(/database unreachable/)).toHaveLength(1);
    expect(lines.filter(([level, , text]) => level !== 'log' && !/database unreachable/.test(text))).toEqual([]);

    await proxy.restore();
    await waitFor(async () => (await inject({ method: 'GET', url: '/health/ready' })).statusCode === 200, { what: 'ready again', timeoutMs: 20_000 });
    await waitFor(() => logged(/database reachable again after \d+ s/).length === 1, { what: 'the end of the outage logged' });
    const after = await inject({ method: 'POST', url: '/v1/things', payload: '{"name":"after","quantity":1}', headers });
    expect(after.statusCode).toBe(201);
    expect(logged(/database unreachable/)).toHaveLength(1);
    const metricsAfter = await inject({ method: 'GET', url: '/metrics' });
    expect(metricsAfter.body).toMatch(/^dependency_up\{service="intake",dependency="database"\} 1$/m);
  });

  it('reports NATS down on /health/ready while the client reconnects, and ready again once it is back', async () => {
    expect((await inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    lines.length = 0;

    await nats.stop();
    const down = await waitFor(
      async () => {
        const res = await inject({ method: 'GET', url: '/health/ready' });
        return res.statusCode === 503 && res;
      },
      { what: 'not ready while NATS is away', timeoutMs: 10_000 },
    );
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.json().checks).toEqual({ database: 'up', nats: 'down' });
    expect(logged(/NATS connection lost/)).toHaveLength(1);

    await nats.start();
    const up = await waitFor(
      async () => {
        const res = await inject({ method: 'GET', url: '/health/ready' });
        return res.statusCode === 200 && res;
      },
      { what: 'ready again after NATS is back', timeoutMs: 20_000 },
    );
    expect(up.json()).toEqual({ status: 'ready', checks: { database: 'up', nats: 'up' } });
    expect(logged(/NATS reconnected to .* after \d+ s/)).toHaveLength(1);
    expect(logged(/NATS connection lost/)).toHaveLength(1);
  });
});
