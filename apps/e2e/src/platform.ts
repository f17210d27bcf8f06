import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { SERVICE_NAMES, ServiceName } from '@aftersales/contracts-core';
import { signDevToken, Role } from '@aftersales/platform-auth';
import {
  ProcessEnd,
  ServiceProcess,
  TestDatabase,
  createTestDatabase,
  runServiceScript,
  serviceScript,
  startServiceProcess,
  testInfra,
  testNamespace,
  waitUntilReady,
} from '@aftersales/platform-testing';

/** The services as separate processes, each on a free port with a fresh database, in one NATS namespace. */
export interface RunningPlatform {
  namespace: string;
  natsUrl: string;
  url(service: ServiceName): string;
  token(role: Role, claims?: { sub?: string; customerId?: string }): Promise<string>;
  /** SIGTERM to every service; how each ended, with what it printed. */
  stop(): Promise<{ service: ServiceName; end: ProcessEnd; output: string }[]>;
}

const SECRET = 'e2e-secret-0123456789abcdef0123456789abcdef';
const ISSUER = 'aftersales';
const AUDIENCE = 'aftersales-api';
/** How the platform under test verifies tokens: the console's development sign-in signs with the same (apps/console/browser). */
export const E2E_AUTH = { secret: SECRET, issuer: ISSUER, audience: AUDIENCE } as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** readyTimeoutMs: how long each service may take to become ready (90 s; the browser tests, which start chromium too, allow more). */
export async function startPlatform(options: { readyTimeoutMs?: number } = {}): Promise<RunningPlatform> {
  const infra = testInfra();
  const namespace = testNamespace('e2e');
  const databases = new Map<ServiceName, TestDatabase>();
  const processes: ServiceProcess[] = [];
  const urls = new Map<ServiceName, string>();
  let dropped = false;
  const stop = async () => {
    const ends = await Promise.all(processes.map(async (p) => ({ service: p.service, end: await p.stop(), output: p.output() })));
    if (!dropped) {
      dropped = true;
      await Promise.all([...databases.values()].map((db) => db.drop()));
    }
    return ends;
  };
  try {
    const baseEnv = {
      NATS_URL: infra.natsUrl,
      NATS_NAMESPACE: namespace,
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: SECRET,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      MIGRATIONS_RUN_ON_START: 'false',
      DB_CREATE_IF_MISSING: 'false',
      OUTBOX_POLL_INTERVAL_MS: '500',
    };
    const envs = new Map<ServiceName, Record<string, string>>();
    for (const service of SERVICE_NAMES) {
      const db = await createTestDatabase(`e2e_${service}`, infra);
      databases.set(service, db);
      envs.set(service, { ...baseEnv, DATABASE_URL: db.url, PORT: String(await freePort()) });
    }
    // Migrations and seed data, the way an operator runs them: separate one-shot processes.
    await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        for (const script of ['migrate', 'seed/seed'] as const) {
          if (script === 'seed/seed' && !existsSync(serviceScript(service, script))) continue;
          const result = await runServiceScript(service, script, envs.get(service)!);
          if (result.code !== 0) throw new Error(`${service} ${script} failed:\n${result.output}`);
        }
      }),
    );
    for (const service of SERVICE_NAMES) {
      const proc = startServiceProcess(service, envs.get(service)!);
      processes.push(proc);
      urls.set(service, proc.baseUrl);
    }
    // Every service transpiles its modules at start (swc-node): on a loaded 2-core machine that alone can take over a minute each.
    await Promise.all(processes.map((p) => waitUntilReady(p, options.readyTimeoutMs ?? 180_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    namespace,
    natsUrl: infra.natsUrl,
    url: (service) => urls.get(service)!,
    token: (role, claims = {}) =>
      signDevToken({ role, sub: claims.sub, customerId: claims.customerId, secret: SECRET, issuer: ISSUER, audience: AUDIENCE }),
    stop,
  };
}

/** A small JSON client that fails loudly with the server's problem+json. */
export async function call<T = any>(
  method: 'GET' | 'POST',
  url: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
