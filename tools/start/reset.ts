/**
 * `npm run reset`: wipes the data of the PostgreSQL and NATS that `npm start` runs itself (LOCAL_DATA_DIR,
 * `.local`), so the next start begins from empty databases and streams. A server you run yourself is not touched.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '@aftersales/platform-testing';
import { localDataDir, localEnv } from './local-env';

/** The process id in a server's pid file, when that process is still alive. */
function runningPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0].trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists, under another user (PostgreSQL runs as `postgres` when started by root).
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

function main(): void {
  const data = localDataDir(localEnv());
  const parts = [
    { name: 'PostgreSQL', dir: path.join(data, 'postgres'), pidFile: path.join(data, 'postgres', 'postmaster.pid') },
    { name: 'NATS', dir: path.join(data, 'nats'), pidFile: path.join(data, 'nats', 'nats-server.pid') },
  ];
  const running = parts.map((p) => ({ ...p, pid: runningPid(p.pidFile) })).filter((p) => p.pid !== undefined);
  if (running.length > 0) {
    console.error(`Not reset: ${running.map((p) => `${p.name} (pid ${p.pid})`).join(' and ')} still runs on this data; stop npm start first.`);
    process.exit(1);
  }
  const present = parts.filter((p) => existsSync(p.dir));
  for (const p of present) rmSync(p.dir, { recursive: true, force: true });
  const where = path.relative(REPO_ROOT, data) || data;
  console.log(
    present.length > 0
      ? `Wiped the local ${present.map((p) => p.name).join(' and ')} data in ${where}; the next npm start begins empty.`
      : `Nothing to wipe: no local data in ${where}.`,
  );
}

main();
