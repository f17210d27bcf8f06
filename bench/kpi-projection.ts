/**
 * Issue #13 benchmark: the KPI projection of surveys (R-SV-4). Measures
 *  1. freshness: event time to projection (the fact's row committed), p50/p99, while 200 events/s flow for --seconds;
 *  2. throughput: how many events/s the projection drains from a backlog of --burst events;
 *  3. the ceiling of the same run: the projection's own four statements for one event (lock, fact, case row, cells)
 *     replayed by one client straight against PostgreSQL, without NATS, the inbox or Node's fold;
 *  4. KPI queries over a month of --cases cases: p50/p99 of GET /v1/kpis across all cases, per branch, a page of
 *     engineers and one engineer, each asked --queries times (the month is loaded as case facts in SQL, then
 *     projected by publishing a new definition version, so the recompute is timed too).
 *
 *   npm run bench:kpi -- [--cases 100000] [--rate 200] [--seconds 30] [--burst 6000] [--queries 200]
 *
 * surveys runs as its own process with the system clock, as in production; the bench plays intake over JetStream.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { CaseOpenedV1, CaseResolvedV1 } from '@aftersales/contracts-intake';
import { signDevToken } from '@aftersales/platform-auth';
import { buildEnvelope, provisionOwnStream, wireSubject } from '@aftersales/platform-messaging';
import { createTestDatabase, runServiceScript, startServiceProcess, testInfra, waitUntilReady } from '@aftersales/platform-testing';
import { machine, percentile } from './lib/machine';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    burst: { type: 'string', default: '6000' },
    queries: { type: 'string', default: '200' },
  },
});
const CASES = Number(values.cases);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const BURST = Number(values.burst);
const QUERIES = Number(values.queries);
const SERVER = (process.env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SECRET = 'bench-secret-0123456789abcdef-0123456789';
const PORT = '3913';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (xs: number[], p: number) => percentile(xs, p).toFixed(1);

async function main(): Promise<void> {
  const scratch = await createTestDatabase('bench_kpi', { ...testInfra(), databaseServerUrl: SERVER });
  const db = scratch.url;
  const namespace = `bench_${Date.now().toString(36)}`;
  const env = { DATABASE_URL: db, NATS_URL, NATS_NAMESPACE: namespace, PORT, AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'warn' };
  const migrated = await runServiceScript('surveys', 'migrate', env);
  if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`);
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  for (const producer of ['intake', 'dispatch', 'warranty', 'complaints', 'surveys'] as const) await provisionOwnStream(jsm, producer, namespace, 60_000);
  const js = jetstream(nc);
  const surveys = startServiceProcess('surveys', env);
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    await waitUntilReady(surveys);
    const token = await signDevToken({ role: 'admin', sub: 'bench', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${PORT}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

    /** One case's opening and resolution, as intake publishes them. */
    const publishCase = async (n: number) => {
      const caseId = randomUUID();
      const now = new Date();
      const opened = buildEnvelope(CaseOpenedV1, {
        source: 'intake',
        aggregateId: caseId,
        sequence: 1,
        data: {
          caseId, caseNumber: `CS-BENCH-${n}`, channel: 'hotline', customerId: randomUUID(), productModel: `PX-${n % 20}`, serialNumber: `SN-${n}`,
          purchaseDate: null, category: 'fault-hardware', priority: 'P3', symptoms: 'bench', openedAt: now.toISOString(),
        },
      });
      await js.publish(wireSubject(namespace, CaseOpenedV1.subject), JSON.stringify(opened), { msgID: opened.id });
      const resolved = buildEnvelope(CaseResolvedV1, {
        source: 'intake',
        aggregateId: caseId,
        sequence: 2,
        data: { caseId, caseNumber: `CS-BENCH-${n}`, resolution: 'fixed', workOrderId: null, resolvedAt: now.toISOString() },
      });
      await js.publish(wireSubject(namespace, CaseResolvedV1.subject), JSON.stringify(resolved), { msgID: resolved.id });
    };
    const factCount = async () => Number((await pg.query(`SELECT count(*)::int AS n FROM kpi_facts`)).rows[0].n);
    const drain = async (target: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (await factCount()) < target) await sleep(200);
      return factCount();
    };

    // Warm-up: the consumers attach and the first statements are prepared.
    for (let i = 0; i < 50; i++) await publishCase(i);
    await drain(100, 60_000);

    // 1. Freshness at RATE events/s (two events a case).
    console.log(`freshness: ${RATE} events/s for ${SECONDS} s...`);
    const freshFrom = new Date();
    const total = RATE * SECONDS;
    const t0 = Date.now();
    for (let i = 0; i < total / 2; i++) {
      const due = t0 + ((2 * i) / RATE) * 1000;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      await publishCase(1000 + i);
    }
    const offeredSeconds = (Date.now() - t0) / 1000;
    const before = 100 + total;
    await drain(before, 300_000);
    // The rate the projection kept up while events were offered: facts recorded over the time it took.
    const [{ kept }] = (
      await pg.query(`SELECT count(*) / GREATEST(EXTRACT(EPOCH FROM max(recorded_at) - min(event_time)), 0.001) AS kept FROM kpi_facts WHERE event_time >= $1`, [freshFrom])
    ).rows;
    const fresh = (
      await pg.query(`SELECT EXTRACT(EPOCH FROM recorded_at - event_time) * 1000 AS ms FROM kpi_facts WHERE event_time >= $1`, [freshFrom])
    ).rows
      .map((r) => Number(r.ms))
      .sort((a, b) => a - b);

    console.log(`  offered ${(total / offeredSeconds).toFixed(0)} events/s for ${offeredSeconds.toFixed(0)} s, projected ${Number(kept).toFixed(0)} events/s; freshness p50 ${fmt(fresh, 50)} ms, p99 ${fmt(fresh, 99)} ms, max ${fmt(fresh, 100)} ms`);

    // 2. Throughput: a backlog of BURST events published at once, drained.
    console.log(`throughput: a backlog of ${BURST} events...`);
    const b0 = Date.now();
    // In rounds of 100 cases at once: thousands of publishes in flight time out on a busy NATS.
    for (let i = 0; i < BURST / 2; i += 100) await Promise.all(Array.from({ length: Math.min(100, BURST / 2 - i) }, (_, j) => publishCase(100_000 + i + j)));
    const published = Date.now();
    const reached = await drain(before + BURST, 300_000);
    const drainedS = (Date.now() - b0) / 1000;
    const throughput = (reached - before) / drainedS;

    console.log(`  ${throughput.toFixed(0)} events/s (drained in ${drainedS.toFixed(1)} s)`);

    // 3. The ceiling: the same statements for one event, by one client, without NATS or the fold.
    const CEILING = 2000;
    const c0 = Date.now();
    for (let i = 0; i < CEILING; i++) {
      const caseId = randomUUID();
      await pg.query('BEGIN');
      await pg.query(`SELECT pg_advisory_xact_lock_shared(1)`);
      await pg.query(
        `INSERT INTO kpi_facts (event_id, case_id, kind, event_time, fact) VALUES ($1, $2, 'opened', now(), '{}') ON CONFLICT DO NOTHING RETURNING case_id, (SELECT max(version) FROM kpi_definitions)`,
        [randomUUID(), caseId],
      );
      await pg.query(`INSERT INTO kpi_cases (case_id, facts, updated_at) VALUES ($1, '{}', now()) ON CONFLICT (case_id) DO UPDATE SET case_id = EXCLUDED.case_id RETURNING facts`, [caseId]);
      // Six cells: all, product model and customer, each by day and by month (a case opening moves as many).
      await pg.query(
        `WITH c AS (UPDATE kpi_cases SET facts = '{"a":1}' WHERE case_id = $1)
         INSERT INTO kpi_cells (version, dimension, grain, key, day, kpi, num, den)
         SELECT 0, d, g, k, current_date, 'ceiling', 1, 1 FROM unnest($2::text[], $3::text[], $4::text[]) AS t(d, g, k)
         ON CONFLICT (version, dimension, grain, key, day, kpi) DO UPDATE SET num = kpi_cells.num + 1, den = kpi_cells.den + 1`,
        [caseId, ['all', 'all', 'product-model', 'product-model', 'customer', 'customer'], ['day', 'month', 'day', 'month', 'day', 'month'], ['*', '*', `PX-${i % 20}`, `PX-${i % 20}`, caseId, caseId]],
      );
      await pg.query('COMMIT');
    }
    const ceiling = CEILING / ((Date.now() - c0) / 1000);
    await pg.query(`DELETE FROM kpi_cells WHERE version = 0`);

    console.log(`ceiling: ${ceiling.toFixed(0)} events/s`);

    // 4. A month of CASES cases, as case facts, projected by a new definition version.
    console.log(`loading a month of ${CASES} cases...`);
    const l0 = Date.now();
    await pg.query(
      `INSERT INTO kpi_cases (case_id, facts, updated_at)
       SELECT gen_random_uuid(), jsonb_build_object(
         'caseId', gen_random_uuid(), 'openedAt', to_char(o AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'customerId', md5('c' || (n % 5000))::uuid, 'productModel', 'PX-' || (n % 20), 'serialNumber', 'SN-' || n, 'category', 'fault-hardware',
         'priority', 'P' || (1 + n % 4), 'channel', 'hotline', 'caseAssignee', null,
         'workOrderEngineer', md5('e' || (n % 200))::uuid, 'workOrderAssignedAt', null, 'branch', 'B' || (n % 10),
         'contractId', CASE WHEN n % 10 = 0 THEN md5('k' || (n % 100))::uuid END,
         'resolvedAt', CASE WHEN n % 20 <> 0 THEN to_char((o + interval '1 hour' * (1 + n % 30)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
         'closedAt', CASE WHEN n % 20 <> 0 THEN to_char((o + interval '1 hour' * (2 + n % 30)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
         'reopenedAt', null, 'waits', '[]'::jsonb,
         'workOrders', CASE WHEN n % 3 <> 0 THEN jsonb_build_array(jsonb_build_object('workOrderId', gen_random_uuid(), 'visits', 1 + (n % 7 = 0)::int, 'completedAt', o)) ELSE '[]'::jsonb END,
         'incompleteVisits', '{}'::jsonb, 'repeatOfCaseId', null, 'repeatedByCaseIds', CASE WHEN n % 50 = 0 THEN jsonb_build_array(gen_random_uuid()) ELSE '[]'::jsonb END,
         'csat', CASE WHEN n % 5 < 2 THEN 1 + (n / 5) % 5 END, 'csatAt', CASE WHEN n % 5 < 2 THEN to_char((o + interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
         'nps', CASE WHEN n % 5 < 2 THEN n % 11 END, 'npsAt', CASE WHEN n % 5 < 2 THEN to_char((o + interval '1 day') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
         'complaintIds', CASE WHEN n % 40 = 0 THEN jsonb_build_array(gen_random_uuid()) ELSE '[]'::jsonb END,
         'breaches', CASE WHEN n % 8 = 0 THEN jsonb_build_array(jsonb_build_object('clock', 'response', 'at', o)) ELSE '[]'::jsonb END
       ), now()
       FROM (SELECT n, timestamptz '2026-10-31 16:00:00+00' + (n::float8 / $1) * interval '29 days' AS o FROM generate_series(1, $1) AS n) g`,
      [CASES],
    );
    await pg.query(
      `INSERT INTO kpi_contract_units (contract_id, serial_number, customer_id, product_model)
       SELECT (facts->>'contractId')::uuid, facts->>'serialNumber', (facts->>'customerId')::uuid, facts->>'productModel' FROM kpi_cases WHERE facts->>'contractId' IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
    const loadedS = (Date.now() - l0) / 1000;
    const [{ version, document }] = (await pg.query(`SELECT version, document FROM kpi_definitions ORDER BY version DESC LIMIT 1`)).rows;
    const r0 = Date.now();
    // node:http without a timeout: fetch gives up on headers after 300 s, and a recompute of a large month can take longer.
    const recompute = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = JSON.stringify({ basedOn: version, note: 'bench: recompute', document });
      const req = request(
        { host: '127.0.0.1', port: Number(PORT), path: '/v1/kpis/definitions', method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    if (recompute.status !== 201) throw new Error(`recompute answered ${recompute.status}: ${recompute.body}`);
    const recomputeS = (Date.now() - r0) / 1000;
    console.log(`  loaded in ${loadedS.toFixed(1)} s, recomputed in ${recomputeS.toFixed(1)} s`);
    // What autovacuum does soon after a bulk write: the visibility map lets the key and sum scans stay in the index.
    await pg.query('VACUUM ANALYZE kpi_cells');
    await pg.query('ANALYZE');
    const [{ cells }] = (await pg.query(`SELECT count(*)::int AS cells FROM kpi_cells`)).rows;

    const engineer = (await (await api('/v1/kpis?period=month&date=2026-11-15&dimension=engineer&limit=1')).json()) as { items: { key: string }[] };
    const asks: [string, string][] = [
      ['month, all cases', '/v1/kpis?period=month&date=2026-11-15'],
      ['month, per branch (10)', '/v1/kpis?period=month&date=2026-11-15&dimension=branch'],
      ['month, a page of 50 engineers', '/v1/kpis?period=month&date=2026-11-15&dimension=engineer&limit=50'],
      ['month, one engineer', `/v1/kpis?period=month&date=2026-11-15&dimension=engineer&key=${engineer.items[0].key}`],
      ['week, all cases', '/v1/kpis?period=week&date=2026-11-18'],
    ];
    const queryRows: string[] = [];
    for (const [what, path] of asks) {
      const times: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const q0 = performance.now();
        const res = await api(path);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        times.push(performance.now() - q0);
      }
      times.sort((a, b) => a - b);
      queryRows.push(`| ${what} | ${fmt(times, 50)} | ${fmt(times, 99)} | ${fmt(times, 100)} |`);
    }

    const info = await machine(SERVER);
    console.log(`\nmachine: ${JSON.stringify(info)}`);
    console.log(`\nprojection (case.opened + case.resolved from intake, each fact folded and projected in its own transaction):`);
    console.log(`| measure | value |\n| --- | ---: |`);
    console.log(`| offered | ${(total / offeredSeconds).toFixed(0)} events/s for ${offeredSeconds.toFixed(0)} s (${total} events) |`);
    console.log(`| projected while offered (facts recorded / first event to last projection) | ${Number(kept).toFixed(0)} events/s |`);
    console.log(`| freshness p50 / p99 / max (event time to projection) | ${fmt(fresh, 50)} / ${fmt(fresh, 99)} / ${fmt(fresh, 100)} ms |`);
    console.log(`| throughput, draining a backlog of ${BURST} | ${throughput.toFixed(0)} events/s (published in ${((published - b0) / 1000).toFixed(1)} s, drained in ${drainedS.toFixed(1)} s) |`);
    console.log(`| ceiling: the projection's SQL for one event, one client, no NATS | ${ceiling.toFixed(0)} events/s |`);
    console.log(`\n${CASES} cases loaded in ${loadedS.toFixed(1)} s; recomputed under a new version in ${recomputeS.toFixed(1)} s (${cells} cells)`);
    console.log(`| query (${QUERIES} each, one client) | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: |`);
    for (const row of queryRows) console.log(row);
  } finally {
    await pg.end();
    await surveys.stop();
    await nc.drain();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
