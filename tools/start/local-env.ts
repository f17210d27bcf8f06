import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseEnv } from 'node:util';
import { ServiceName } from '@aftersales/contracts-core';
import { REPO_ROOT, SERVICE_PORTS, databaseNameFor } from '@aftersales/platform-testing';

export const DEFAULT_POSTGRES_SERVER_URL = 'postgres://postgres@127.0.0.1:5432';

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

/** The PostgreSQL server that holds every service's database locally, without a trailing slash. */
export function postgresServerUrl(env: Record<string, string>): string {
  return (env.POSTGRES_SERVER_URL || DEFAULT_POSTGRES_SERVER_URL).replace(/\/$/, '');
}

/** PORT_OFFSET: moves every port `npm start` gives a service, so a second platform can run beside the first. */
export function portOffset(env: Record<string, string>): number {
  const raw = env.PORT_OFFSET ?? '';
  const offset = raw.trim() === '' ? 0 : Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 60_000) {
    throw new Error(`PORT_OFFSET must be a whole number from 0 to 60000, not "${raw}"`);
  }
  return offset;
}

/** Where `npm start` keeps the data of the PostgreSQL and NATS it starts itself (git-ignored), and `npm run reset` wipes it. */
export function localDataDir(env: Record<string, string>): string {
  return path.resolve(REPO_ROOT, env.LOCAL_DATA_DIR || '.local');
}

/** Per-service overrides: its port (moved by PORT_OFFSET) and its own database on the shared local server. */
export function serviceEnv(service: ServiceName, env: Record<string, string>): Record<string, string> {
  const offset = portOffset(env);
  return {
    ...env,
    PORT: String(SERVICE_PORTS[service] + offset),
    ...(env.EMAIL_SMTP_PORT && offset > 0 ? { EMAIL_SMTP_PORT: String(Number(env.EMAIL_SMTP_PORT) + offset) } : {}),
    DATABASE_URL: `${postgresServerUrl(env)}/${databaseNameFor(service)}`,
    OTEL_SERVICE_NAME: service,
  };
}
