/**
 * The console beside the services (issue #20): `npm start` builds it when apps/console/dist is missing, then runs
 * its server (apps/console/server/main.ts) on CONSOLE_PORT (3000, moved by PORT_OFFSET), proxying /api/<service>/
 * to each service it started. The console is a convenience: when it cannot start, the services run on.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '@aftersales/platform-testing';
import { portOffset } from './local-env';

export interface ConsoleProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function consolePort(env: Record<string, string>): number {
  return Number(env.CONSOLE_PORT || 3000) + portOffset(env);
}

/** Builds the console when it was never built; false (with the build's output) when the build failed. */
export function ensureConsoleBuilt(onLine: (line: string) => void): boolean {
  if (existsSync(path.join(REPO_ROOT, 'apps', 'console', 'dist', 'index.html'))) return true;
  onLine('the console is not built yet: building it (npm run console:build)');
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) if (line.trim()) onLine(line);
  return result.status === 0;
}

export function startConsoleProcess(env: Record<string, string>, upstreams: Record<string, string>, onLine: (line: string) => void): ConsoleProcess {
  const port = consolePort(env);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(REPO_ROOT, 'apps', 'console', 'server', 'main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...env,
      CONSOLE_PORT: String(port),
      CONSOLE_UPSTREAMS: Object.entries(upstreams)
        .map(([service, url]) => `${service}=${url}`)
        .join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim()) onLine(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
