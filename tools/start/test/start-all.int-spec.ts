/**
 * `npm start` on a machine where nothing answers at the configured PostgreSQL and NATS addresses (issue #9): it
 * runs an embedded PostgreSQL and a nats-server from PATH, every service gets ready on them, and Ctrl-C (SIGINT to
 * the process group, as a terminal sends it) stops everything and exits 0 with one line saying so (issue #8).
 * Ports: service ports moved by PORT_OFFSET away from 3001-3006, and free ports for PostgreSQL and NATS; the shared
 * servers are never touched.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, SERVICE_NAMES, SERVICE_PORTS, waitFor } from '@aftersales/platform-testing';
import { natsAnswers, postgresProblem } from '../preflight';

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** An offset that puts every service port (3001+offset ... 3006+offset) on a free port. */
async function freeOffset(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const offset = 20_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all(Object.values(SERVICE_PORTS).map((p) => portIsFree(p + offset)));
    if (free.every(Boolean)) return offset;
  }
  throw new Error('no free range of service ports');
}

interface NpmStart {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm start -- <services>` in its own process group, so a SIGINT to the group is the terminal's Ctrl-C. */
function npmStart(services: string[], env: Record<string, string>): NpmStart {
  const child = spawn('npm', ['start', '--', ...services], { cwd: REPO_ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

const ctrlC = (start: NpmStart) => process.kill(-(start.child.pid as number), 'SIGINT');

async function ready(start: NpmStart, timeoutMs: number): Promise<void> {
  await waitFor(() => start.output().includes('All services ready') || start.child.exitCode !== null, { what: 'npm start to report every service ready', timeoutMs, intervalMs: 500 });
  if (!start.output().includes('All services ready')) throw new Error(`npm start ended early:\n${start.output().slice(-6000)}`);
}

describe('npm start on a fresh machine', () => {
  const runs: NpmStart[] = [];
  let data: string;
  /** Nothing listens at either address: npm start runs both servers itself, with their data in `data`. */
  const freshMachine = async () => {
    const [pgPort, natsPort, offset] = [await freePort(), await freePort(), await freeOffset()];
    const serverUrl = `postgres://postgres@127.0.0.1:${pgPort}`;
    const natsUrl = `nats://127.0.0.1:${natsPort}`;
    const env = { POSTGRES_SERVER_URL: serverUrl, NATS_URL: natsUrl, NATS_NAMESPACE: '', PORT_OFFSET: String(offset), LOCAL_DATA_DIR: data, EMAIL_SMTP_ENABLED: 'false', LOG_LEVEL: 'warn' };
    return { serverUrl, natsUrl, pgPort, natsPort, offset, env };
  };

  beforeAll(() => {
    data = mkdtempSync(path.join(tmpdir(), 'npm-start-'));
    // As root, PostgreSQL runs as the user postgres, which must reach its data folder below this one.
    chmodSync(data, 0o755);
  });

  afterAll(async () => {
    // A failed test must not leave a platform running: stop the whole group, then remove the data.
    for (const run of runs) {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        process.kill(-(run.child.pid as number), 'SIGTERM');
        await run.exited;
      }
    }
    rmSync(data, { recursive: true, force: true });
  });

  it('runs an embedded PostgreSQL and a local NATS where none answers, every service gets ready on them, and Ctrl-C exits 0', async () => {
    const { serverUrl, natsUrl, pgPort, natsPort, offset, env } = await freshMachine();
    expect({ postgres: await postgresProblem(serverUrl, 1000), nats: await natsAnswers(new URL(natsUrl), 1000) }).toEqual({
      postgres: expect.stringMatching(/ECONNREFUSED/),
      nats: false,
    });

    const start = npmStart([], env);
    runs.push(start);
    await ready(start, 240_000);
    expect(start.output()).toContain(`Nothing answers at 127.0.0.1:${pgPort}: npm start runs an embedded PostgreSQL there`);
    expect(start.output()).toMatch(new RegExp(`Nothing answers at 127\\.0\\.0\\.1:${natsPort}: npm start runs \\S*nats-server there with JetStream`));

    const readiness = await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        const res = await fetch(`http://127.0.0.1:${SERVICE_PORTS[service] + offset}/health/ready`);
        return [service, { status: res.status, body: await res.json() }] as const;
      }),
    );
    const up = { status: 200, body: { status: 'ready', checks: { database: 'up', nats: 'up' } } };
    expect(Object.fromEntries(readiness)).toEqual(Object.fromEntries(SERVICE_NAMES.map((s) => [s, up])));

    // Their databases are on the embedded server (PostgreSQL 18 from the package), its data in the folder given.
    const pg = new Client({ connectionString: `${serverUrl}/postgres` });
    await pg.connect();
    const [{ server_version }] = (await pg.query('SHOW server_version')).rows;
    const databases = (await pg.query(`SELECT datname FROM pg_database WHERE datname LIKE 'aftersales_%' ORDER BY datname`)).rows.map((r) => r.datname);
    await pg.end();
    expect({ major: String(server_version).split('.')[0], databases }).toEqual({
      major: '18',
      databases: ['aftersales_complaints', 'aftersales_dispatch', 'aftersales_intake', 'aftersales_integrations', 'aftersales_notifications', 'aftersales_rma_inventory', 'aftersales_surveys', 'aftersales_warranty'],
    });
    expect([existsSync(path.join(data, 'postgres', 'PG_VERSION')), existsSync(path.join(data, 'nats', 'jetstream'))]).toEqual([true, true]);
    // Consumers that looked before their producer was up waited quietly: no "stream missing" warning on a full start.
    expect(start.output()).not.toMatch(/stream \S+ \(or this consumer\) is (still )?missing/);

    ctrlC(start);
    expect(await start.exited).toEqual({ code: 0, signal: null });
    expect(start.output()).toContain('Stopped cleanly: intake, dispatch, warranty, rma-inventory, complaints, surveys, notifications, integrations and the local servers.');
    // The servers ran only while npm start ran.
    expect({ postgres: await postgresProblem(serverUrl, 1000), nats: await natsAnswers(new URL(natsUrl), 1000) }).toEqual({
      postgres: expect.stringMatching(/ECONNREFUSED/),
      nats: false,
    });
  }, 360_000);

  it('stops a subset on Ctrl-C and exits 0, and says that the missing streams belong to services not started', async () => {
    const { offset, env } = await freshMachine();
    const start = npmStart(['complaints'], env);
    runs.push(start);
    await ready(start, 120_000);
    expect(start.output()).toContain('Only some services run: a consumer of a service that is not started waits for its stream');
    expect((await fetch(`http://127.0.0.1:${SERVICE_PORTS.complaints + offset}/health/ready`)).status).toBe(200);

    ctrlC(start);
    expect(await start.exited).toEqual({ code: 0, signal: null });
    expect(start.output()).toContain('SIGINT: stopping complaints');
    expect(start.output()).toContain('Stopped cleanly: complaints and the local servers.');
  }, 180_000);
});
