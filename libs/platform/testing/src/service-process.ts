import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { SERVICE_NAMES, ServiceName } from '@aftersales/contracts-core';

/** Local ports of the services (README, deploy/). */
export const SERVICE_PORTS: Readonly<Record<ServiceName, number>> = {
  intake: 3001,
  dispatch: 3002,
  warranty: 3003,
  'rma-inventory': 3004,
  complaints: 3005,
  surveys: 3006,
  notifications: 3007,
  integrations: 3008,
};

export { SERVICE_NAMES };

/** `aftersales_rma_inventory`: each service owns one database. */
export function databaseNameFor(service: ServiceName): string {
  return `aftersales_${service.replace(/-/g, '_')}`;
}

/** The repository root, found from this file so scripts work from any working directory. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export function serviceScript(service: ServiceName, script: 'main' | 'migrate' | 'seed/seed'): string {
  return path.join(REPO_ROOT, 'apps', service, 'src', `${script}.ts`);
}

/** How a process ended: `graceful` when it exited by itself after SIGTERM (Nest re-raises the signal). */
export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  graceful: boolean;
}

export interface ServiceProcess {
  service: ServiceName;
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process printed so far (for test failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<ProcessEnd>;
}

/** Runs one service as its own Node process, the way `npm start` and the e2e tests do. */
export function startServiceProcess(
  service: ServiceName,
  env: Record<string, string>,
  options: { onLine?: (service: ServiceName, line: string) => void } = {},
): ServiceProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', serviceScript(service, 'main')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const onData = (data: Buffer) => {
    const text = data.toString();
    chunks.push(text);
    if (chunks.length > 2000) chunks.splice(0, chunks.length - 2000);
    if (options.onLine) for (const line of text.split('\n')) if (line.trim()) options.onLine(service, line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let forced = false;
  return {
    service,
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    child,
    output: () => chunks.join(''),
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          forced = true;
          child.kill('SIGKILL');
        }, graceMs);
        await exited;
        clearTimeout(timer);
      }
      const { code, signal } = await exited;
      return { code, signal, graceful: !forced && (code === 0 || signal === 'SIGTERM') };
    },
  };
}

/** Resolves when GET /health/ready answers 200; fails early if the process exits. */
export async function waitUntilReady(proc: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(`${proc.service} exited with code ${proc.child.exitCode}:\n${proc.output().slice(-4000)}`);
    }
    try {
      const res = await fetch(`${proc.baseUrl}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${proc.service} was not ready after ${timeoutMs} ms:\n${proc.output().slice(-4000)}`);
}

/** Runs a service's one-shot script (migrate or seed) to completion. */
export function runServiceScript(
  service: ServiceName,
  script: 'migrate' | 'seed/seed',
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', serviceScript(service, script)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
