/**
 * Dispatch assignment benchmark (issue #5): 500 engineers, 10,000 open work orders, then work orders created and
 * assigned one after another (and 8 at a time) over HTTP against the dispatch service running as its own process.
 * Each request validates, creates the order, ranks the eligible engineers (R-DS-3), claims a slot, stores the
 * assignment with its score, schedules the R-SLA-4 timers and writes the outbox event, in one transaction.
 *
 *   npm run bench:dispatch                                   # 500 engineers, 10,000 open orders, 2,000 measured
 *   npm run bench:dispatch -- --engineers 100 --open 2000 --measure 500
 */
import { randomUUID } from 'node:crypto';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform-auth';
import { createTestDatabase, runServiceScript, startServiceProcess, testInfra, testNamespace, waitUntilReady } from '@aftersales/platform-testing';

const { values: args } = parseArgs({
  options: {
    engineers: { type: 'string', default: '500' },
    open: { type: 'string', default: '10000' },
    measure: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
  },
});
const ENGINEERS = Number(args.engineers);
const OPEN = Number(args.open);
const MEASURE = Number(args.measure);
const CONCURRENCY = Number(args.concurrency);
const REGIONS = 10;
const SECRET = 'bench-dispatch-secret-0123456789abcdef0123';

async function main(): Promise<void> {
  const infra = testInfra();
  const db = await createTestDatabase('bench_dispatch', infra);
  const port = String(39_000 + Math.floor(Math.random() * 900));
  const env = {
    DATABASE_URL: db.url,
    NATS_URL: infra.natsUrl,
    NATS_NAMESPACE: testNamespace('bench_dispatch'),
    PORT: port,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
  };
  const pg = new Client({ connectionString: db.url });
  let service: ReturnType<typeof startServiceProcess> | undefined;
  try {
    const migrated = await runServiceScript('dispatch', 'migrate', env);
    if (migrated.code !== 0) throw new Error(`migrations failed:\n${migrated.output}`);
    await pg.connect();

    const seedStart = performance.now();
    await seed(pg);
    const seedMs = performance.now() - seedStart;

    service = startServiceProcess('dispatch', env);
    await waitUntilReady(service);
    const token = await signDevToken({ role: 'agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const post = async (): Promise<number> => {
      const body = {
        caseId: randomUUID(),
        caseNumber: 'CS-BENCH',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: `SN-${randomUUID().slice(0, 12)}`,
        category: Math.random() < 0.8 ? 'fault-hardware' : 'fault-software',
        priority: (['P1', 'P2', 'P3', 'P4'] as const)[Math.floor(Math.random() * 4)],
        serviceMode: 'on-site',
        inWarranty: true,
        region: `r${Math.floor(Math.random() * REGIONS)}`,
      };
      const start = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/v1/work-orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const ms = performance.now() - start;
      const json = (await res.json()) as { status?: string };
      if (res.status !== 201) throw new Error(`POST /v1/work-orders answered ${res.status}: ${JSON.stringify(json)}`);
      outcomes[json.status ?? 'unknown'] = (outcomes[json.status ?? 'unknown'] ?? 0) + 1;
      return ms;
    };
    const outcomes: Record<string, number> = {};

    for (let i = 0; i < 200; i++) await post(); // warm-up: JIT, connection pool, plan caches
    for (const key of Object.keys(outcomes)) delete outcomes[key];

    const scrape = () => assignmentHistogram(`http://127.0.0.1:${port}/metrics`);
    let before = await scrape();
    const sequential = { ...(await run(MEASURE, 1, post)), serverSide: summarise(before, (before = await scrape())) };
    const concurrent = { ...(await run(MEASURE, CONCURRENCY, post)), serverSide: summarise(before, await scrape()) };
    const [{ open }] = (await pg.query(`SELECT count(*)::int AS open FROM work_orders WHERE status IN ('queued', 'assigned', 'in-progress')`)).rows;

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      totalMemGiB: +(totalmem() / 2 ** 30).toFixed(1),
      freeMemGiB: +(freemem() / 2 ** 30).toFixed(1),
      loadAverage: loadavg().map((l) => +l.toFixed(2)),
      node: process.version,
    };
    console.log(JSON.stringify({ engineers: ENGINEERS, openBefore: OPEN, openAfter: open, seedMs: Math.round(seedMs), outcomes, sequential, concurrent, machine }, null, 2));
  } finally {
    await service?.stop();
    await pg.end().catch(() => undefined);
    await db.drop();
  }
}

type Buckets = Map<number, number>;

/** The service's own histogram of the assignment step (rank, claim, record), outcome "assigned": cumulative counts by upper bound. */
async function assignmentHistogram(url: string): Promise<Buckets> {
  const text = await (await fetch(url)).text();
  const buckets: Buckets = new Map();
  for (const m of text.matchAll(/^dispatch_assignment_duration_seconds_bucket\{le="([^"]+)",outcome="assigned"\} (\d+)$/gm)) {
    buckets.set(m[1] === '+Inf' ? Infinity : Number(m[1]), Number(m[2]));
  }
  return buckets;
}

/** Between two scrapes: how many assignments, the share under 20 ms, and the bucket holding the 99th percentile. */
function summarise(before: Buckets, after: Buckets) {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const delta = bounds.map((b) => [b, (after.get(b) ?? 0) - (before.get(b) ?? 0)] as const);
  const total = delta[delta.length - 1]?.[1] ?? 0;
  const under20 = delta.find(([b]) => b === 0.02)?.[1] ?? 0;
  const p99 = delta.find(([, n]) => n >= 0.99 * total)?.[0] ?? Infinity;
  const p50 = delta.find(([, n]) => n >= 0.5 * total)?.[0] ?? Infinity;
  return { assignments: total, under20msPercent: total ? +((100 * under20) / total).toFixed(1) : 0, p50AtMostMs: p50 * 1000, p99AtMostMs: p99 * 1000 };
}

/** Closed loop: `clients` callers, each sending its next request when the previous one answered. */
async function run(total: number, clients: number, call: () => Promise<number>) {
  const latencies: number[] = [];
  let issued = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued++;
        latencies.push(await call());
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { clients, requests: latencies.length, perSecond: Math.round(latencies.length / seconds), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

/**
 * 10 branches (r0..r9, each the neighbour of the next), a repair center and a technical center; engineers spread over
 * the regions with realistic skills; OPEN work orders already assigned, leaving a third of every engineer's slots free.
 */
async function seed(pg: Client): Promise<void> {
  await pg.query(`
    INSERT INTO org_units (code, name, kind, regions, neighbours)
    SELECT 'BR-' || g, 'Branch ' || g, 'branch', ARRAY['r' || g], ARRAY['BR-' || ((g + 1) % ${REGIONS}), 'BR-' || ((g + ${REGIONS - 1}) % ${REGIONS})]
      FROM generate_series(0, ${REGIONS - 1}) g
    UNION ALL SELECT 'RC', 'Repair center', 'repair-center', '{}', '{}'
    UNION ALL SELECT 'TC', 'Technical center', 'technical-center', '{}', '{}'`);
  const perEngineer = Math.ceil(OPEN / ENGINEERS);
  await pg.query(
    `INSERT INTO engineers (id, name, home_branch, region, skills, product_lines, level, expert, max_concurrent_orders, active)
     SELECT gen_random_uuid(), 'Engineer ' || g,
            CASE WHEN g % 50 = 0 THEN 'RC' WHEN g % 97 = 0 THEN 'TC' ELSE 'BR-' || (g % ${REGIONS}) END,
            'r' || (g % ${REGIONS}),
            CASE g % 5 WHEN 0 THEN ARRAY['software', 'network'] WHEN 1 THEN ARRAY['hardware', 'installation'] ELSE ARRAY['hardware', 'software'] END,
            CASE WHEN g % 3 = 0 THEN ARRAY['PX'] ELSE '{}'::text[] END,
            1 + g % 5, g % 97 = 0, $1, true
       FROM generate_series(0, ${ENGINEERS - 1}) g`,
    [Math.ceil(perEngineer * 1.5)],
  );
  await pg.query(`CREATE SEQUENCE IF NOT EXISTS bench_seq`);
  await pg.query(`
    WITH e AS (SELECT id, region, row_number() OVER (ORDER BY id) - 1 AS i FROM engineers)
    INSERT INTO work_orders (id, work_order_number, case_id, case_number, customer_id, product_model, serial_number, service_mode, priority,
                             category, region, branch_code, required_skill, in_warranty, status, engineer_id, created_at, assigned_at, version)
    SELECT gen_random_uuid(), 'WO-BENCH-' || g, gen_random_uuid(), 'CS-BENCH-' || g, gen_random_uuid(), 'PX-2000', 'SN-BENCH-' || g, 'on-site',
           'P' || (1 + g % 4), 'fault-hardware', e.region, 'BR-' || substr(e.region, 2), 'hardware', true, 'assigned', e.id, now(), now(), 2
      FROM generate_series(0, ${OPEN - 1}) g JOIN e ON e.i = g % ${ENGINEERS}`);
  await pg.query(`UPDATE engineers e SET open_orders = (SELECT count(*) FROM work_orders w WHERE w.engineer_id = e.id AND w.status IN ('assigned', 'in-progress'))`);
  await pg.query(`ANALYZE`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
