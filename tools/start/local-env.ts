import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseEnv } from 'node:util';
import { ServiceName } from '@aftersales/contracts-core';
import { REPO_ROOT, SERVICE_PORTS, databaseNameFor } from '@aftersales/platform-testing';

/**
 * The environment for running services locally: `.env` when the developer made one, else the
 * development defaults in `.env.example`; variables already set in the shell win over both.
 */
export function localEnv(): Record<string, string> {
  const file = ['.env', '.env.example'].map((f) => path.join(REPO_ROOT, f)).find((f) => existsSync(f));
  const fromFile = file ? (parseEnv(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const fromShell = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...fromFile, ...fromShell };
}

/** Per-service overrides: its port and its own database on the shared local server. */
export function serviceEnv(service: ServiceName, env: Record<string, string>): Record<string, string> {
  const server = (env.POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
  return {
    ...env,
    PORT: String(SERVICE_PORTS[service]),
    DATABASE_URL: `${server}/${databaseNameFor(service)}`,
    OTEL_SERVICE_NAME: service,
  };
}
