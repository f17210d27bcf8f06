/**
 * One trace from an HTTP request through its database transaction, the outbox relay's publish to NATS and the
 * consumer's handling (docs/architecture.md, "Operations"), read from the in-memory exporter of startTracingForTests.
 */
import { SpanKind } from '@opentelemetry/api';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { signDevToken } from '@aftersales/platform-auth';
import { startTracingForTests, stopTracing } from '@aftersales/platform-observability';
import { TestDatabase, createTestDatabase, testInfra, testNamespace, waitFor } from '@aftersales/platform-testing';
import { createServiceApp, runMigrations } from '../src';
import { ThingsAppModule, thingsService } from './fixtures/things-app';

const SECRET = 'tracing-test-secret-0123456789abcdef0123';
const { natsUrl } = testInfra();
const exporter = startTracingForTests('things');

describe('one trace across HTTP, PostgreSQL, the outbox, NATS and the consumer', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const ns = testNamespace('tracing');

  beforeAll(async () => {
    db = await createTestDatabase('tracing');
    const env = { DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_NAMESPACE: ns, PORT: '0', AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent', OUTBOX_POLL_INTERVAL_MS: '200' };
    await runMigrations(thingsService, env);
    app = await createServiceApp(ThingsAppModule, thingsService, env);
    await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app?.close();
    await stopTracing();
    const nc = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nc);
    for await (const s of jsm.streams.list()) if (s.config.name.startsWith(`${ns}_`)) await jsm.streams.delete(s.config.name);
    await nc.drain();
    await db?.drop();
  });

  it('links the request, its SQL, the publish and the consumer’s SQL under one trace id', async () => {
    const { port } = app.getHttpAdapter().getInstance().server.address() as { port: number };
    const token = await signDevToken({ role: 'agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    exporter.reset();
    const res = await fetch(`http://127.0.0.1:${port}/v1/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'traced bolt', quantity: 1 }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const dataSource = app.get(DataSource);
    await waitFor(async () => (await dataSource.query(`SELECT 1 FROM thing_seen WHERE thing_id = $1`, [id])).length === 1, { what: 'the consumer' });

    const server = await waitFor(() => exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && s.name === 'POST /v1/things'), {
      what: 'the HTTP server span, named by its route',
    });
    expect(server.attributes['http.route']).toBe('/v1/things');
    const traceId = server.spanContext().traceId;
    const consumed = await waitFor(
      () => {
        const inTrace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
        const sql = (pattern: RegExp) => inTrace.some((s) => s.kind === SpanKind.CLIENT && pattern.test(String(s.attributes['db.query.text'] ?? s.attributes['db.statement'] ?? '')));
        const done = {
          insertThing: sql(/INSERT INTO "thing"/),
          outboxRow: sql(/INSERT INTO messaging_outbox/),
          publish: inTrace.some((s) => s.kind === SpanKind.PRODUCER && s.name === 'aftersales.intake.thing.created.v1 publish'),
          process: inTrace.some((s) => s.kind === SpanKind.CONSUMER && s.name === 'aftersales.intake.thing.created.v1 process'),
          consumerSql: sql(/INSERT INTO thing_seen/),
        };
        return Object.values(done).every(Boolean) ? done : undefined;
      },
      { what: 'every step in the trace' },
    );
    expect(consumed).toEqual({ insertThing: true, outboxRow: true, publish: true, process: true, consumerSql: true });
  }, 30_000);
});
