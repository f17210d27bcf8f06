/**
 * Issue #4 benchmark: GET /v1/entitlements (an agent's "is this unit covered now?") against 1,000,000 registered units,
 * 100,000 of them under a service contract, at 1, 8 and 32 concurrent clients. Nine in ten serials asked for are
 * registered, one in ten is not (the decision is then made from the reported model and date).
 *
 *   npm run bench:warranty -- [--seconds 15] [--units 1000000]
 *
 * Needs PostgreSQL (POSTGRES_SERVER_URL, default postgres://postgres@127.0.0.1:5432) and NATS (NATS_URL). Uses a
 * scratch database aftersales_bench_warranty (dropped and created) and its own NATS namespace.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform-auth';
import { runServiceScript, startServiceProcess, waitUntilReady } from '@aftersales/platform-testing';
import { machine } from './lib/machine';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' }, units: { type: 'string', default: '1000000' } } });
const SECONDS = Number(values.seconds);
const UNITS = Number(values.units);
const SERVER = (process.env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SECRET = 'bench-secret-0123456789abcdef-0123456789';
const PORT = '3903';
const DB = 'aftersales_bench_warranty';

async function sql(database: string, text: string): Promise<unknown[]> {
  const pg = new Client({ connectionString: `${SERVER}/${database}` });
  await pg.connect();
  try {
    return (await pg.query(text)).rows;
  } finally {
    await pg.end();
  }
}

/** One statement per table: generate_series builds the installed base inside PostgreSQL. */
async function seed(): Promise<number> {
  const started = Date.now();
  await sql(
    DB,
    `INSERT INTO product_models (code, id, name, warranty_months, start_basis, coverage, created_at)
     SELECT 'PX-' || n, gen_random_uuid(), 'Model ' || n, (ARRAY[12, 24, 36])[1 + n % 3], (ARRAY['purchase', 'delivery', 'acceptance'])[1 + n % 3],
            jsonb_build_object('parts', true, 'labour', true, 'onSite', n % 2 = 0, 'travel', false), now()
     FROM generate_series(1, 20) AS n`,
  );
  // Purchases spread over the last four years, so about half of the units are still in warranty.
  await sql(
    DB,
    `INSERT INTO units (serial_number, id, model_code, customer_id, purchase_date, delivery_date, acceptance_date, proof_type, created_at)
     SELECT 'SN-' || lpad(n::text, 8, '0'), gen_random_uuid(), 'PX-' || (1 + n % 20), NULL,
            current_date - (n % 1460), current_date - (n % 1460) + 3, CASE WHEN n % 3 = 2 THEN current_date - (n % 1460) + 10 END,
            (ARRAY['invoice', 'warranty-card', 'none'])[1 + n % 3], now()
     FROM generate_series(1, ${UNITS}) AS n`,
  );
  await sql(
    DB,
    `INSERT INTO service_contracts (id, contract_number, serial_number, customer_id, tier, sla_plan_code, targets, coverage, starts_on, ends_on, price_minor, currency, created_at)
     SELECT gen_random_uuid(), 'SC-' || n, 'SN-' || lpad(n::text, 8, '0'), NULL, '7x24', 'premium-7x24',
            '{"responseMinutes": 10, "onSiteMinutes": 120, "fixMinutes": 180}', '{"parts": true, "labour": true, "onSite": true, "travel": true}',
            current_date - 400, current_date + 700, 1280000, 'CNY', now()
     FROM generate_series(10, ${UNITS}, 10) AS n`,
  );
  await sql(DB, 'ANALYZE');
  return Date.now() - started;
}

async function main(): Promise<void> {
  await sql('postgres', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await sql('postgres', `CREATE DATABASE ${DB}`);
  const env = { DATABASE_URL: `${SERVER}/${DB}`, NATS_URL, NATS_NAMESPACE: `bench_${Date.now().toString(36)}`, PORT, AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'warn' };
  const migrated = await runServiceScript('warranty', 'migrate', env);
  if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`);
  const seedMs = await seed();
  const [{ pg_size_pretty: size }] = (await sql(DB, `SELECT pg_size_pretty(pg_database_size(current_database()))`)) as { pg_size_pretty: string }[];
  console.log(`seeded ${UNITS} units, ${UNITS / 10} contracts in ${(seedMs / 1000).toFixed(1)} s (database ${size})`);

  const warranty = startServiceProcess('warranty', env);
  const rows: { load: string; rps: number; p50: number; p90: number; p99: number; max: number; errors: number }[] = [];
  try {
    await waitUntilReady(warranty);
    const token = await signDevToken({ role: 'agent', sub: 'bench-agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    let i = 0;
    const request: autocannon.Options = {
      url: `http://127.0.0.1:${PORT}`,
      headers: { authorization: `Bearer ${token}` },
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            // A fixed pseudo-random walk over the serials; every tenth one is not registered.
            i = (i + 7919) % UNITS;
            const serial = i % 10 === 5 ? `SN-UNKNOWN-${i}&productModel=PX-3&purchaseDate=2026-01-15` : `SN-${String(1 + i).padStart(8, '0')}`;
            return { ...req, path: `/v1/entitlements?serial=${serial}` };
          },
        },
      ],
    };
    const check = await fetch(`http://127.0.0.1:${PORT}/v1/entitlements?serial=SN-00000010`, { headers: { authorization: `Bearer ${token}` } });
    const sample = (await check.json()) as { inWarranty: boolean; slaPlanCode: string | null; rules: unknown[] };
    if (check.status !== 200 || sample.slaPlanCode !== 'premium-7x24') throw new Error(`unexpected answer ${check.status}: ${JSON.stringify(sample)}`);
    await autocannon({ ...request, duration: 5, connections: 8 }); // warm-up: JIT, pool, plans, cache
    for (const connections of [1, 8, 32]) {
      const r = await autocannon({ ...request, duration: SECONDS, connections });
      const row = { load: `${connections} client${connections > 1 ? 's' : ''}`, rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, errors: r.non2xx + r.errors + r.timeouts };
      rows.push(row);
      console.log(`${row.load}: ${row.rps} req/s, p50 ${row.p50} ms, p90 ${row.p90} ms, p99 ${row.p99} ms, max ${row.max} ms, ${row.errors} errors`);
    }
  } finally {
    const end = await warranty.stop();
    if (!end.graceful) console.error(`warranty did not stop gracefully:\n${warranty.output().slice(-2000)}`);
  }
  console.log('\nmachine:', JSON.stringify(await machine(SERVER), null, 2));
  console.log('\n| clients | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.load} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.errors} |`);
  await sql('postgres', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
