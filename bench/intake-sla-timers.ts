/**
 * Issue #3 benchmark: SLA timers with 100,000 open cases whose clocks are running. Measures the lateness of breach
 * events (emitted minus due) while 5,000 of them come due within one minute, and the CPU the timer worker costs
 * while nothing is due.
 *
 *   npm run bench:sla -- [--cases 100000] [--due 5000] [--window 60]
 *
 * The cases are cloned in SQL from one case opened over HTTP (its clocks and timers as the engine wrote them), so
 * the engine fires real clocks: the handler recomputes each clock before it emits. Intake runs as its own process
 * with the system clock, as in production.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform-auth';
import { createTestDatabase, runServiceScript, startServiceProcess, testInfra, waitUntilReady } from '@aftersales/platform-testing';
import { machine, percentile } from './lib/machine';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, due: { type: 'string', default: '5000' }, window: { type: 'string', default: '60' } } });
const CASES = Number(values.cases);
const DUE = Number(values.due);
const WINDOW_S = Number(values.window);
const SERVER = (process.env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SECRET = 'bench-secret-0123456789abcdef-0123456789';
const PORT = '3902';
const IDLE_S = 30;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

async function main(): Promise<void> {
  const scratch = await createTestDatabase('bench_sla', { ...testInfra(), databaseServerUrl: SERVER });
  const db = scratch.url;
  const env = { DATABASE_URL: db, NATS_URL, NATS_NAMESPACE: `bench_${Date.now().toString(36)}`, PORT, AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'warn' };
  const migrated = await runServiceScript('intake', 'migrate', env);
  if (migrated.code !== 0) throw new Error(`migration failed:\n${migrated.output}`);
  const intake = startServiceProcess('intake', env);
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    await waitUntilReady(intake);
    const token = await signDevToken({ role: 'agent', sub: 'bench', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    // Cases are opened for a registered customer (issue #15).
    const customer = await fetch(`http://127.0.0.1:${PORT}/v1/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Bench Customer' }),
    });
    if (customer.status !== 201) throw new Error(`registering the bench customer answered ${customer.status}: ${await customer.text()}`);
    const customerId = ((await customer.json()) as { id: string }).id;
    const res = await fetch(`http://127.0.0.1:${PORT}/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'hotline',
        customerId,
        contact: { name: 'Bench' },
        productModel: 'PX-2000',
        serialNumber: 'SN-BENCH',
        category: 'fault-hardware',
        priority: 'P1',
        symptoms: 'System down',
      }),
    });
    if (res.status !== 201) throw new Error(`template case: ${res.status} ${await res.text()}`);
    const template = ((await res.json()) as { id: string }).id;

    // 100,000 open cases, each with the template's clocks started now (7x24 P1: due in an hour, so not in the window).
    console.log(`cloning ${CASES} cases with their clocks and timers...`);
    const t0 = Date.now();
    await pg.query(`CREATE TEMP TABLE bench_ids AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1) AS n`, [CASES]);
    await pg.query(
      `INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(t) || jsonb_build_object('id', b.id, 'case_number', 'BENCH-' || b.n, 'created_at', now(), 'updated_at', now()))).*
         FROM cases t, bench_ids b WHERE t.id = $1`,
      [template],
    );
    await pg.query(
      `INSERT INTO sla_clock SELECT (jsonb_populate_record(NULL::sla_clock, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'case_id', b.id, 'started_at', now(), 'due_at', now() + interval '60 minutes'))).*
         FROM sla_clock c, bench_ids b WHERE c.case_id = $1`,
      [template],
    );
    await pg.query(
      `INSERT INTO platform_timer (key, kind, due_at, next_run_at, payload)
       SELECT replace(t.key, $1::text, b.id::text), t.kind, now() + (t.due_at - c.created_at), now() + (t.due_at - c.created_at), jsonb_set(t.payload, '{caseId}', to_jsonb(b.id::text))
         FROM platform_timer t, bench_ids b, cases c WHERE t.key LIKE 'sla:' || $1::text || ':%' AND c.id = $1::uuid`,
      [template],
    );
    // DUE of them had been opened an hour before the window: their diagnosis clock breaches inside it, spread evenly.
    const windowStart = Date.now() + (IDLE_S + 10) * 1000;
    await pg.query(
      `WITH due AS (SELECT b.id, to_timestamp(($1::bigint + (b.n - 1) * ($2::float8 * 1000 / $3)) / 1000) AS due_at FROM bench_ids b WHERE b.n <= $3)
       UPDATE sla_clock c SET started_at = due.due_at - interval '60 minutes', due_at = due.due_at, fired_steps = '{0}' FROM due WHERE c.case_id = due.id AND c.clock = 'diagnosis'`,
      [windowStart, WINDOW_S, DUE],
    );
    // Their 75 % warning fired an hour ago; the clock's one pending timer is now its breach rung, due in the window.
    await pg.query(
      `WITH due AS (SELECT b.id, to_timestamp(($1::bigint + (b.n - 1) * ($2::float8 * 1000 / $3)) / 1000) AS due_at FROM bench_ids b WHERE b.n <= $3)
       UPDATE platform_timer t SET key = 'sla:' || due.id || ':diagnosis:1', payload = jsonb_set(t.payload, '{step}', '1'), due_at = due.due_at, next_run_at = due.due_at
         FROM due WHERE t.key = 'sla:' || due.id || ':diagnosis:0'`,
      [windowStart, WINDOW_S, DUE],
    );
    await pg.query('ANALYZE');
    const [{ clocks, pending }] = (
      await pg.query(`SELECT (SELECT count(*) FROM sla_clock WHERE stopped_at IS NULL)::int AS clocks, (SELECT count(*) FROM platform_timer WHERE fired_at IS NULL)::int AS pending`)
    ).rows;
    console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${clocks} running clocks, ${pending} pending timers`);

    // Idle: nothing due for IDLE_S seconds.
    const pid = intake.child.pid as number;
    await sleep(2000);
    const idleFrom = cpuSeconds(pid);
    const idleT = Date.now();
    await sleep(IDLE_S * 1000);
    const idleCpu = (cpuSeconds(pid) - idleFrom) / ((Date.now() - idleT) / 1000);
    console.log(`idle: ${(idleCpu * 100).toFixed(2)} % of one core`);

    // The window, then until every due breach has been published.
    const busyFrom = cpuSeconds(pid);
    const busyT = Date.now();
    const deadline = windowStart + WINDOW_S * 1000 + 120_000;
    let published = 0;
    while (Date.now() < deadline) {
      await sleep(1000);
      published = Number(
        (await pg.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.intake.sla.breached.v1' AND envelope->'data'->>'clock' = 'diagnosis' AND sent_at IS NOT NULL`)).rows[0].n,
      );
      if (published >= DUE && Date.now() > windowStart + WINDOW_S * 1000) break;
    }
    const busyCpu = (cpuSeconds(pid) - busyFrom) / ((Date.now() - busyT) / 1000);
    const { rows } = await pg.query(
      `SELECT EXTRACT(EPOCH FROM o.created_at - (o.envelope->'data'->>'dueAt')::timestamptz) * 1000 AS fired_ms,
              EXTRACT(EPOCH FROM o.sent_at - (o.envelope->'data'->>'dueAt')::timestamptz) * 1000 AS emitted_ms
         FROM messaging_outbox o
        WHERE o.envelope->>'type' = 'aftersales.intake.sla.breached.v1' AND o.envelope->'data'->>'clock' = 'diagnosis' AND o.sent_at IS NOT NULL`,
    );
    const fired = rows.map((r) => Number(r.fired_ms)).sort((a, b) => a - b);
    const emitted = rows.map((r) => Number(r.emitted_ms)).sort((a, b) => a - b);
    const [{ dupes }] = (
      await pg.query(
        `SELECT count(*)::int AS dupes FROM (SELECT envelope->'data'->>'caseId' FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.intake.sla.breached.v1' AND envelope->'data'->>'clock' = 'diagnosis' GROUP BY 1 HAVING count(*) > 1) d`,
      )
    ).rows;
    const info = await machine(SERVER);
    const fmt = (xs: number[], p: number) => percentile(xs, p).toFixed(0);
    console.log(`\nmachine: ${JSON.stringify(info)}`);
    console.log(`${CASES} open cases (${clocks} running clocks, ${pending} pending timers), ${DUE} breaches due over ${WINDOW_S} s`);
    console.log(`| measure | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: |`);
    console.log(`| fired (outbox row written) minus due | ${fmt(fired, 50)} | ${fmt(fired, 99)} | ${fmt(fired, 100)} |`);
    console.log(`| emitted (published to JetStream) minus due | ${fmt(emitted, 50)} | ${fmt(emitted, 99)} | ${fmt(emitted, 100)} |`);
    console.log(`breach events published: ${emitted.length} of ${DUE}; cases with more than one: ${dupes}`);
    console.log(`CPU of the intake process: idle ${(idleCpu * 100).toFixed(2)} % of one core; during the window ${(busyCpu * 100).toFixed(1)} %`);
  } finally {
    await pg.end();
    await intake.stop();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
