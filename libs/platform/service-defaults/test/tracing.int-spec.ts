/**
 * One trace from an HTTP request through its database transaction, the outbox relay's publish to NATS and the
 * consumer's handling (docs/architecture.md, "Operations"), read from the in-memory exporter of startTracingForTests.
 */
import { SpanKind } from '@opentelemetry/api';
import { DataSource } from 'typeorm';
import { startTracingForTests, stopTracing } from '@aftersales/platform-observability';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ThingsAppModule, thingsService } from './fixtures/things-app';

const exporter = startTracingForTests('things');

describe('one trace across HTTP, PostgreSQL, the outbox, NATS and the consumer', () => {
  let t: ServiceUnderTest;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: thingsService, appModule: ThingsAppModule, env: { OUTBOX_POLL_INTERVAL_MS: '200' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t?.close();
    await stopTracing();
  });

  it('links the request, its SQL, the publish and the consumer’s SQL under one trace id', async () => {
    const { port } = t.app.getHttpAdapter().getInstance().server.address() as { port: number };
    const token = await t.token('agent');
    exporter.reset();
    const res = await fetch(`http://127.0.0.1:${port}/v1/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'traced bolt', quantity: 1 }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const dataSource = t.app.get(DataSource);
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
