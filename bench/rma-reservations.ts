/**
 * Issue #11 benchmark: spare-part reservations over HTTP (R-RMA-2, R-RMA-5) against rma-inventory running as its own
 * process, with 10,000 parts in 20 warehouses: `POST /v1/stock/reservations` for a random part near a random region
 * (the nearest warehouse that has it, or the best substitute) at 1, 8 and 32 clients, then 32 clients on one part
 * (every request on the same level row) until it runs out. Each reservation is one transaction: the conditional
 * UPDATE of the level, the ledger row, the reservation and the outbox event. In the same run, the PostgreSQL
 * ceiling: pgbench doing those four writes with no HTTP, no service and no choice of warehouse.
 *
 * It checks, after every step, that no level is negative (on hand, reserved, reserved <= on hand) and that no
 * reservation is lost: every 201 is one reservation row, one ledger row and one outbox event, and every level's
 * reserved equals the sum of its reservations.
 *
 *   npm run bench:rma                                   # 10,000 parts x 20 warehouses, 2,000 reservations per step
 *   npm run bench:rma -- --parts 1000 --measure 500     # a quick look
 *
 * Needs PostgreSQL (POSTGRES_SERVER_URL), pgbench on PATH, and NATS (NATS_URL). Uses a scratch database (dropped at
 * the end) and its own NATS namespace.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform-auth';
import { REPO_ROOT, createTestDatabase, runServiceScript, startServiceProcess, testInfra, testNamespace, waitUntilReady } from '@aftersales/platform-testing';
import { machine, percentile } from './lib/machine';

const { values: args } = parseArgs({
  options: {
    parts: { type: 'string', default: '10000' },
    measure: { type: 'string', default: '2000' },
    hot: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
  },
});
const PARTS = Number(args.parts);
const MEASURE = Number(args.measure);
/** Units of the one hot part: 32 clients reserve until it is gone (and then some, refused). */
const HOT_UNITS = Number(args.hot);
const PGBENCH_SECONDS = Number(args.seconds);
const BRANCHES = 16;
const DEPOTS = 3;
const SECRET = 'bench-rma-secret-0123456789abcdef-0123456';
const SERVER = (process.env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');

interface Step {
  step: string;
  clients: number;
  requests: number;
  reserved: number;
  refused: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const partNumber = (i: number) => `P${String(i).padStart(5, '0')}`;

async function main(): Promise<void> {
  const infra = testInfra();
  const db = await createTestDatabase('bench_rma', infra);
  const port = String(39_000 + Math.floor(Math.random() * 900));
  const env = {
    DATABASE_URL: db.url,
    NATS_URL: infra.natsUrl,
    NATS_NAMESPACE: testNamespace('bench_rma'),
    PORT: port,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    DB_POOL_SIZE: '20',
  };
  const pg = new Client({ connectionString: db.url });
  let service: ReturnType<typeof startServiceProcess> | undefined;
  try {
    const migrated = await runServiceScript('rma-inventory', 'migrate', env);
    if (migrated.code !== 0) throw new Error(`migrations failed:\n${migrated.output}`);
    await pg.connect();
    const seedStart = performance.now();
    await seed(pg);
    const seedMs = Math.round(performance.now() - seedStart);
    console.log(`seeded ${PARTS} parts x ${1 + BRANCHES + DEPOTS} warehouses in ${seedMs} ms`);

    service = startServiceProcess('rma-inventory', env);
    await waitUntilReady(service);
    const token = await signDevToken({ role: 'agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    let counter = 0;
    const reserve = async (body: Record<string, unknown>): Promise<{ ms: number; ok: boolean }> => {
      const start = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/v1/stock/reservations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ quantity: 1, reference: `RMA-BENCH-${++counter}`, ...body }),
      });
      const text = await res.text();
      const ms = performance.now() - start;
      if (res.status !== 201 && res.status !== 409) throw new Error(`POST /v1/stock/reservations answered ${res.status}: ${text}`);
      return { ms, ok: res.status === 201 };
    };
    const randomPart = () => ({ partNumber: partNumber(1 + Math.floor(Math.random() * PARTS)), nearTo: { region: `r${Math.floor(Math.random() * BRANCHES)}` } });

    for (let i = 0; i < 300; i++) await reserve(randomPart()); // warm-up: JIT, pool, plan caches

    const steps: Step[] = [];
    let accepted = 300;
    for (const clients of [1, 8, 32]) {
      const s = await run(`${PARTS} parts, nearest warehouse`, MEASURE, clients, () => reserve(randomPart()));
      steps.push(s);
      accepted += s.reserved;
      await check(pg, accepted);
      console.log(JSON.stringify(s));
    }
    const hot = await run('one part, one warehouse', HOT_UNITS + 500, 32, () => reserve({ partNumber: 'HOT-1', warehouseCode: 'CENTRAL', allowSubstitutes: false }));
    steps.push(hot);
    accepted += hot.reserved;
    console.log(JSON.stringify(hot));
    if (hot.reserved !== HOT_UNITS) throw new Error(`the hot part had ${HOT_UNITS} units but ${hot.reserved} reservations were accepted`);
    await check(pg, accepted);
    const [{ on_hand: hotOnHand, reserved: hotReserved }] = (await pg.query(`SELECT on_hand, reserved FROM stock_levels WHERE part_number = 'HOT-1'`)).rows;
    console.log(`hot part: on hand ${hotOnHand}, reserved ${hotReserved}, ${hot.refused} refused with 409`);

    await service.stop();
    service = undefined;
    const ceiling = pgbenchCeiling(db.url);

    const info = await machine(SERVER);
    const lines = [
      '| step | clients | reservations/s | p50 ms | p90 ms | p99 ms | max ms | accepted | refused (409) | share of pgbench ceiling |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...steps.map((s) => {
        const c = ceiling.find((x) => x.clients === s.clients);
        return `| ${s.step} | ${s.clients} | ${s.perSecond} | ${s.p50} | ${s.p90} | ${s.p99} | ${s.max} | ${s.reserved} | ${s.refused} | ${c && s.step !== 'one part, one warehouse' ? `${Math.round((100 * s.perSecond) / c.tps)} % of ${c.tps}` : ''} |`;
      }),
      ...ceiling.map((c) => `| pgbench ceiling | ${c.clients} | ${c.tps} | avg ${c.latencyAvg} | | | | | | |`),
    ];
    console.log(`\nmachine: ${JSON.stringify(info)}\nseed: ${seedMs} ms\nno negative stock, no lost reservation: checked after every step\n\n${lines.join('\n')}`);
    const resultFile = path.join(REPO_ROOT, 'bench', 'results', `rma-reservations-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(path.dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, JSON.stringify({ parts: PARTS, warehouses: 1 + BRANCHES + DEPOTS, seedMs, machine: info, steps, ceiling }, null, 2));
    console.log(`\nwritten to ${path.relative(REPO_ROOT, resultFile)}`);
  } finally {
    await service?.stop();
    await pg.end().catch(() => undefined);
    await db.drop();
  }
}

/** Closed loop: `clients` callers, each sending its next request when the previous one answered. */
async function run(step: string, total: number, clients: number, call: () => Promise<{ ms: number; ok: boolean }>): Promise<Step> {
  const latencies: number[] = [];
  let issued = 0;
  let reserved = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued++;
        const r = await call();
        latencies.push(r.ms);
        if (r.ok) reserved++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => +percentile(latencies, p).toFixed(1);
  return { step, clients, requests: latencies.length, reserved, refused: latencies.length - reserved, perSecond: Math.round(latencies.length / seconds), p50: at(50), p90: at(90), p99: at(99), max: at(100) };
}

/** No negative stock and no lost reservation (R-RMA-5), whatever the concurrency. */
async function check(pg: Client, accepted: number): Promise<void> {
  const [{ negative }] = (await pg.query(`SELECT count(*)::int AS negative FROM stock_levels WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand`)).rows;
  const [{ reservations }] = (await pg.query(`SELECT count(*)::int AS reservations FROM stock_reservations WHERE status = 'active'`)).rows;
  const [{ ledger }] = (await pg.query(`SELECT count(*)::int AS ledger FROM stock_ledger WHERE reason = 'reservation'`)).rows;
  const [{ events }] = (await pg.query(`SELECT count(*)::int AS events FROM messaging_outbox WHERE wire_subject LIKE '%stock.reserved.v1'`)).rows;
  const [{ mismatched }] = (
    await pg.query(`
      SELECT count(*)::int AS mismatched FROM stock_levels s
        LEFT JOIN (SELECT warehouse_code, part_number, sum(quantity) AS q FROM stock_reservations WHERE status = 'active' GROUP BY 1, 2) r
          USING (warehouse_code, part_number)
       WHERE s.reserved <> COALESCE(r.q, 0)`)
  ).rows;
  const problems = [
    negative > 0 && `${negative} levels below zero`,
    reservations !== accepted && `${accepted} reservations accepted but ${reservations} stored`,
    ledger !== accepted && `${accepted} reservations accepted but ${ledger} ledger rows`,
    events !== accepted && `${accepted} reservations accepted but ${events} stock.reserved events in the outbox`,
    mismatched > 0 && `${mismatched} levels whose reserved is not the sum of their reservations`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`stock invariants broken: ${problems.join('; ')}`);
}

/**
 * 1 central warehouse, a branch in each of 16 regions, 3 depots; 10,000 parts (every tenth with a substitute), each
 * stocked in every warehouse (200,000 levels), so a random reservation finds its part in the region's branch; and
 * one hot part with HOT_UNITS units at central only.
 */
async function seed(pg: Client): Promise<void> {
  await pg.query(`
    INSERT INTO warehouses (code, name, kind, region, time_zone)
    SELECT 'CENTRAL', 'Central', 'central', NULL, 'Asia/Shanghai'
    UNION ALL SELECT 'BR-' || g, 'Branch ' || g, 'branch', 'r' || g, 'Asia/Shanghai' FROM generate_series(0, ${BRANCHES - 1}) g
    UNION ALL SELECT 'DEPOT-' || g, 'Depot ' || g, 'depot', 'r' || (g * 5), 'Asia/Shanghai' FROM generate_series(0, ${DEPOTS - 1}) g`);
  await pg.query(
    `INSERT INTO spare_parts (part_number, description, critical, fits_models, unit_cost_minor)
     SELECT 'P' || lpad(g::text, 5, '0'), 'Bench part ' || g, g % 50 = 0, ARRAY['PX-' || (g % 20)], 1000 + g FROM generate_series(1, ${PARTS}) g
     UNION ALL SELECT 'HOT-1', 'The one everybody wants', true, '{}', 45000`,
  );
  await pg.query(`
    INSERT INTO part_substitutes (part_number, substitute_part_number, rank)
    SELECT 'P' || lpad(g::text, 5, '0'), 'P' || lpad((g + 1)::text, 5, '0'), 1 FROM generate_series(10, ${PARTS - 1}, 10) g`);
  await pg.query(`
    INSERT INTO stock_levels (warehouse_code, part_number, on_hand)
    SELECT w.code, p.part_number, 20 FROM warehouses w CROSS JOIN spare_parts p WHERE p.part_number <> 'HOT-1'
    UNION ALL SELECT 'CENTRAL', 'HOT-1', ${HOT_UNITS}`);
  await pg.query(`
    INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reason, on_hand_after, actor, note, at)
    SELECT gen_random_uuid(), warehouse_code, part_number, on_hand, 'receipt', on_hand, 'bench', 'opening stock', now() FROM stock_levels`);
  await pg.query(`ANALYZE`);
}

/** The same four writes as a reservation (level, ledger, reservation, outbox) straight from pgbench. */
function pgbenchCeiling(dbUrl: string): { clients: number; tps: number; latencyAvg: number }[] {
  const script = path.join(REPO_ROOT, 'bench', 'results', 'rma-reservation.sql');
  mkdirSync(path.dirname(script), { recursive: true });
  writeFileSync(
    script,
    [
      `\\set p random(1, ${PARTS})`,
      `\\set w random(0, ${BRANCHES - 1})`,
      'BEGIN;',
      `UPDATE stock_levels SET reserved = reserved + 1, version = version + 1 WHERE warehouse_code = 'BR-' || :w AND part_number = 'P' || lpad(:p::text, 5, '0') AND reserved + 1 <= on_hand;`,
      `INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reserved_delta, reason, on_hand_after, reserved_after, actor, reference, at) VALUES (gen_random_uuid(), 'BR-' || :w, 'P' || lpad(:p::text, 5, '0'), 0, 1, 'reservation', 20, 1, 'pgbench', 'PGB', now());`,
      `INSERT INTO stock_reservations (id, kind, warehouse_code, part_number, requested_part_number, quantity, status, reference, created_by, created_at, updated_at) VALUES (gen_random_uuid(), 'reservation', 'BR-' || :w, 'P' || lpad(:p::text, 5, '0'), 'P' || lpad(:p::text, 5, '0'), 1, 'active', 'PGB', 'pgbench', now(), now());`,
      `INSERT INTO messaging_outbox (event_id, wire_subject, aggregate_id, envelope, headers) SELECT gen_random_uuid(), wire_subject, aggregate_id, envelope, headers FROM messaging_outbox ORDER BY position LIMIT 1;`,
      'END;',
      '',
    ].join('\n'),
  );
  return [1, 8, 32].map((clients) => {
    const out = execFileSync('pgbench', ['-n', '-f', script, '-c', String(clients), '-j', '2', '-T', String(PGBENCH_SECONDS), dbUrl], { encoding: 'utf8' });
    const tps = Math.round(Number(/tps = ([\d.]+)/.exec(out)?.[1]));
    const latencyAvg = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
    console.log(`pgbench ${clients}: ${tps} tps, latency average ${latencyAvg} ms`);
    return { clients, tps, latencyAvg };
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
