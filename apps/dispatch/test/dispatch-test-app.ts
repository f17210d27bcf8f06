/** The dispatch service in-process for an integration test file: own database, own NATS namespace, a clock it controls. */
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { TestDatabase, createTestDatabase, provisionTestStream, testInfra, testNamespace } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { ManualClock, TimerWorker } from '@aftersales/platform-timers';
import { dispatchService } from '../src/dispatch.service-definition';

// Restarts and replicas start whole apps: more than Jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
type Json = any;

export const SECRET = 'dispatch-test-secret-0123456789abcdef0123';

export interface DispatchTestApp {
  ns: string;
  natsUrl: string;
  db: TestDatabase;
  env: Record<string, string>;
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** The service clock; every replica started by this harness shares it. */
  clock: ManualClock;
  /** One timer round on the given app, or on every app instance in turn (their running workers may fire some as well: each fires once either way). */
  fireDueTimers(target?: NestFastifyApplication): Promise<number>;
  /** Another instance of the same service on the same database and namespace (a second replica). */
  startReplica(): Promise<NestFastifyApplication>;
  /** Closes the primary app and starts a new one in its place (a restart); `app`, `dataSource` and `http` follow it. */
  restart(): Promise<void>;
  token(role: Role, claims?: { sub?: string; customerId?: string }): Promise<string>;
  http(method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: object, headers?: Record<string, string>): Promise<{ status: number; body: Json; headers: Record<string, unknown> }>;
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export async function startDispatch(label: string): Promise<DispatchTestApp> {
  const natsUrl = testInfra().natsUrl;
  const ns = testNamespace(label);
  const db = await createTestDatabase(label);
  const env = { DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_NAMESPACE: ns, PORT: '0', AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent' };
  await provisionTestStream(natsUrl, ns, 'intake');
  await runMigrations(dispatchService, env);
  const clock = new ManualClock(new Date());
  const apps: NestFastifyApplication[] = [];
  const build = async () => {
    const a = await createServiceApp(AppModule, dispatchService, env, { clock });
    apps.push(a);
    return a;
  };
  let app = await build();
  return {
    ns,
    natsUrl,
    db,
    env,
    get app() {
      return app;
    },
    get dataSource() {
      return app.get(DataSource);
    },
    clock,
    async fireDueTimers(target) {
      if (target) return target.get(TimerWorker).runOnce();
      let fired = 0;
      for (const a of apps) fired += await a.get(TimerWorker).runOnce();
      return fired;
    },
    startReplica: build,
    async restart() {
      await app.close();
      apps.splice(apps.indexOf(app), 1);
      app = await build();
    },
    token: (role, claims = {}) => signDevToken({ role, secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api', ...claims }),
    async http(method, url, auth, payload, headers = {}) {
      const res = await app.getHttpAdapter().getInstance().inject({ method, url, payload, headers: { authorization: `Bearer ${auth}`, ...headers } });
      return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
    },
    async count(sql, params = []) {
      return ((await app.get(DataSource).query(sql, params)) as { n: number }[])[0].n;
    },
    async close() {
      for (const a of apps) await a.close().catch(() => undefined);
      await db.drop();
    },
  };
}
