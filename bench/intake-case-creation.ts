/**
 * Issue #3 benchmark: case creation over HTTP (auth, validation, case + activity + SLA clocks + timers + outbox in
 * one transaction) at 1, 8 and 32 concurrent clients, a fixed 500 cases/s offered load, and in the same run the
 * raw PostgreSQL ceiling (pgbench: one case row plus one outbox row per transaction), so the ratio holds on a
 * noisy machine.
 *
 *   npm run bench:intake -- [--seconds 15]
 *
 * Needs PostgreSQL (POSTGRES_SERVER_URL, default postgres://postgres@127.0.0.1:5432), pgbench on PATH, and NATS
 * (NATS_URL). Uses a scratch database (dropped at the end) and its own NATS namespace.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform-auth';
import { REPO_ROOT, createTestDatabase, runServiceScript, startServiceProcess, testInfra, waitUntilReady } from '@aftersales/platform-testing';
import { machine } from './lib/machine';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' } } });
const SECONDS = Number(values.seconds);
const SERVER = (process.env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SECRET = 'bench-secret-0123456789abcdef-0123456789';
const PORT = '3901';

interface Row {
  load: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Cases are opened for a registered customer (issue #15): the bench registers one first. */
async function registerCustomer(token: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORT}/v1/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'company', name: 'Bench Customer' }),
  });
  if (res.status !== 201) throw new Error(`registering the bench customer answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

async function main(): Promise<void> {
  const scratch = await createTestDatabase('bench_intake', { ...testInfra(), databaseServerUrl: SERVER });
  const db = scratch.url;
  const env = {
    DATABASE_URL: db,
    NATS_URL,
    NATS_NAMESPACE: `bench_${Date.now().toString(36)}`,
    PORT,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    DB_POOL_SIZE: '20',
  };
  const migrated = await runServiceScript('intake', 'migrate', env);
  if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`);
  const intake = startServiceProcess('intake', env);
  const rows: Row[] = [];
  try {
    await waitUntilReady(intake);
    const token = await signDevToken({ role: 'agent', sub: 'bench-agent', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const customerId = await registerCustomer(token);
    const request = {
      url: `http://127.0.0.1:${PORT}/v1/cases`,
      method: 'POST' as const,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'hotline',
        customerId,
        contact: { name: '王芳', phone: '+86 10 5555 0100' },
        productModel: 'PX-2000',
        serialNumber: 'SN-PX2000-BENCH',
        category: 'fault-hardware',
        priority: 'P2',
        symptoms: '设备开机后风扇噪音很大，随后自动关机',
      }),
    };
    const run = async (load: string, opts: Partial<autocannon.Options>): Promise<void> => {
      const r = await autocannon({ ...request, duration: SECONDS, ...opts });
      rows.push({ load, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts });
      console.log(`${load}: ${Math.round(r.requests.average)} cases/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`);
    };
    await autocannon({ ...request, duration: 5, connections: 8 }); // warm-up: JIT, pool, prepared plans
    for (const connections of [1, 8, 32]) await run(`${connections} client${connections > 1 ? 's' : ''}, closed loop`, { connections });
    await run('500 cases/s offered (64 connections)', { connections: 64, overallRate: 500 });
  } finally {
    const end = await intake.stop();
    if (!end.graceful) console.error(`intake did not stop gracefully:\n${intake.output().slice(-2000)}`);
  }

  // The ceiling: the same database, tables and indexes, one case row and one outbox row per transaction.
  const pg = new Client({ connectionString: db });
  await pg.connect();
  const { rows: [template] } = await pg.query(`SELECT c.id AS case_id, o.position AS outbox_position FROM cases c JOIN messaging_outbox o ON o.aggregate_id = c.id::text LIMIT 1`);
  await pg.end();
  if (!template) throw new Error('no case with an outbox row to copy for pgbench');
  const script = path.join(REPO_ROOT, 'bench', 'results', 'case-plus-outbox.sql');
  mkdirSync(path.dirname(script), { recursive: true });
  writeFileSync(
    script,
    [
      'BEGIN;',
      `INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(t) || jsonb_build_object('id', gen_random_uuid(), 'case_number', 'PGB-' || gen_random_uuid()))).* FROM cases t WHERE t.id = '${template.case_id}';`,
      `INSERT INTO messaging_outbox (event_id, wire_subject, aggregate_id, envelope, headers) SELECT gen_random_uuid(), wire_subject, aggregate_id, envelope, headers FROM messaging_outbox WHERE position = ${template.outbox_position};`,
      'END;',
      '',
    ].join('\n'),
  );
  const ceiling: Row[] = [];
  for (const clients of [1, 8, 32]) {
    const out = execFileSync('pgbench', ['-n', '-f', script, '-c', String(clients), '-j', '2', '-T', String(SECONDS), '-r', db], { encoding: 'utf8' });
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
    const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
    ceiling.push({ load: `pgbench ${clients} client${clients > 1 ? 's' : ''}`, rps: Math.round(tps), p50: latency, p99: Number.NaN, errors: 0 });
    console.log(`pgbench ${clients}: ${Math.round(tps)} tps, latency average ${latency} ms`);
  }

  const info = await machine(SERVER);
  const lines = [
    `| load | cases/s | p50 ms | p99 ms | errors | share of pgbench ceiling |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
    ...rows.map((r, i) => {
      const base = ceiling[Math.min(i, 2)];
      return `| ${r.load} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${i < 3 ? `${Math.round((100 * r.rps) / base.rps)} % of ${base.rps}` : 'n/a'} |`;
    }),
    ...ceiling.map((c) => `| ${c.load} (ceiling) | ${c.rps} | avg ${c.p50} | | | |`),
  ];
  console.log(`\nmachine: ${JSON.stringify(info)}\n\n${lines.join('\n')}`);
  const resultFile = path.join(REPO_ROOT, 'bench', 'results', `intake-case-creation-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultFile, JSON.stringify({ seconds: SECONDS, machine: info, http: rows, ceiling }, null, 2));
  console.log(`\nwritten to ${path.relative(REPO_ROOT, resultFile)}`);
  await scratch.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
