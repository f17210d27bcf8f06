import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { Client } from 'pg';

/** What a recorded figure was measured on (docs/benchmarks.md asks for it next to every figure). */
export async function machine(serverUrl: string): Promise<Record<string, string>> {
  const pg = new Client({ connectionString: `${serverUrl}/postgres` });
  await pg.connect();
  const [{ server_version: pgVersion }] = (await pg.query('SHOW server_version')).rows;
  await pg.end();
  let nats = 'unknown';
  try {
    nats = execFileSync('nats-server', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // not on PATH (e.g. NATS in a container): leave unknown
  }
  return {
    cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${Math.round(os.freemem() / 2 ** 30)} GiB free`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: pgVersion,
    nats,
    // Other work on the machine during the run: figures are only comparable at a similar load.
    'load average (1, 5, 15 min)': os.loadavg().map((l) => l.toFixed(2)).join(', '),
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
