import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Response as InjectResponse } from 'light-my-request';
import { DataSource } from 'typeorm';
import { EventContract, EventData, EventEnvelope, ServiceName } from '@aftersales/contracts-core';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { ServiceDefinition, createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { Clock, TimerWorker } from '@aftersales/platform-timers';
import { EventCollector, collectEvents, deleteNamespaceStreams, provisionTestStream, publishRaw, publishTestEvent } from './events';
import { TestDatabase, createTestDatabase, testInfra, testNamespace } from './infra';
import { testLogLevel } from './test-log-level';

/** The bearer-token secret of every service under test; its tokens are signed with it (`token()`). */
export const TEST_JWT_SECRET = 'service-under-test-secret-0123456789abcdef';

export interface ServiceUnderTestOptions<C extends Clock | undefined = Clock | undefined> {
  /** The service's definition (`apps/<svc>/src/<svc>.service-definition.ts`). */
  definition: ServiceDefinition;
  /** The service's root Nest module. */
  appModule: unknown;
  /**
   * The service's own variables. The harness sets DATABASE_URL, NATS_URL, NATS_NAMESPACE, PORT=0,
   * AUTH_JWT_SECRET and LOG_LEVEL (TEST_LOG_LEVEL, default silent); a value given here wins.
   */
  env?: Record<string, string>;
  /** The clock every app instance gets (a ManualClock the test moves); the system clock when left out. */
  clock?: C;
  /** Producers whose streams exist before the service starts, so its consumers attach at once. */
  streams?: ServiceName[];
  /** Names the database and the namespace (default: the service's name). */
  label?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Signs a token for this role (`token(as, claims)`). */
  as?: Role;
  /** Claims of the token signed for `as`. */
  claims?: TokenClaims;
  /** A bearer token to send as it is; `null` or left out (and no `as`): no Authorization header. */
  token?: string | null;
  /**
   * The request body: an object is sent as JSON, a string or Buffer as it is (malformed JSON, raw bytes);
   * either way with `content-type: application/json` unless `headers` says otherwise.
   */
  body?: unknown;
  headers?: Record<string, string>;
  /** Another instance of the service (a replica) to send the request to; the primary app by default. */
  app?: NestFastifyApplication;
}

export interface HttpReply {
  status: number;
  /** The JSON body; undefined for an empty one, the text for any other content type. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies field by field
  body: any;
  headers: InjectResponse['headers'];
}

export interface TokenClaims {
  sub?: string;
  customerId?: string;
  name?: string;
  /** Staff: the branch they work in (R-IN-8). */
  branch?: string;
  /** An integrator's readable subject patterns. */
  subjects?: string[];
}

/** One service in-process for one test file: its own database and NATS namespace, real PostgreSQL and NATS. */
export interface ServiceUnderTest<C extends Clock | undefined = Clock | undefined> {
  readonly service: ServiceName;
  /** The primary app; `restart()` replaces it. */
  readonly app: NestFastifyApplication;
  /** The primary app's DataSource, for what a test checks in the database. */
  readonly dataSource: DataSource;
  readonly db: TestDatabase;
  readonly ns: string;
  readonly natsUrl: string;
  /** The environment every app instance starts with. */
  readonly env: Record<string, string>;
  /** The clock given in the options (undefined: the system clock); `ServiceUnderTest<ManualClock>` to move it. */
  readonly clock: C;
  /** A bearer token the service trusts; a customer's names a fresh customer unless `claims.customerId` does. */
  token(role: Role, claims?: TokenClaims): Promise<string>;
  /** A request through Fastify's inject, answered with the raw response (statusCode, json(), payload). */
  inject(method: HttpMethod, url: string, options?: RequestOptions): Promise<InjectResponse>;
  /** A request through Fastify's inject, answered with status, parsed body and headers. */
  http(method: HttpMethod, url: string, options?: RequestOptions): Promise<HttpReply>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are read field by field
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The `n` column of the first row: `count(sql)` with `SELECT count(*)::int AS n ...`. */
  count(sql: string, params?: unknown[]): Promise<number>;
  /** Collects what a producer (default: this service) publishes in the namespace; stopped by `close()`. */
  events(service?: ServiceName, options?: { subject?: string }): Promise<EventCollector>;
  /** Publishes an event into the namespace as its producer would. */
  publish<C extends EventContract>(contract: C, input: Parameters<typeof publishTestEvent<C>>[3]): Promise<EventEnvelope<EventData<C>>>;
  /** Publishes raw bytes on a contract's subject in the namespace (poison messages). */
  publishRaw(contract: EventContract, payload: string): Promise<void>;
  /**
   * One timer round on the given app, or on every instance in turn (their own worker loops may fire some too:
   * each timer fires once either way). Resolves with how many fired.
   */
  fireDueTimers(target?: NestFastifyApplication): Promise<number>;
  /** Timer rounds on one app until a round fires nothing, as the worker's loop would after the clock moved. */
  fireAllDueTimers(target?: NestFastifyApplication): Promise<void>;
  /** Another instance on the same database and namespace (a replica), with the same clock unless given one. */
  startReplica(options?: { clock?: Clock }): Promise<NestFastifyApplication>;
  /** Closes the primary app and starts a new one in its place; `app`, `dataSource` and `http` follow it. */
  restart(): Promise<void>;
  /** Stops the collectors, closes every instance, deletes the namespace's streams and drops the database. */
  close(): Promise<void>;
}

/**
 * Starts a service the way its tests need it: a fresh database with the service's migrations, a namespace of its
 * own on NATS (with the streams of the producers it consumes), a quiet logger (TEST_LOG_LEVEL) and tokens it trusts.
 */
export async function startServiceUnderTest<C extends Clock | undefined = undefined>(options: ServiceUnderTestOptions<C>): Promise<ServiceUnderTest<C>> {
  const { definition, appModule, clock } = options;
  const label = options.label ?? definition.service;
  const { natsUrl } = testInfra();
  const ns = testNamespace(label);
  const db = await createTestDatabase(label);
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    NATS_URL: natsUrl,
    NATS_NAMESPACE: ns,
    PORT: '0',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: testLogLevel(),
    ...options.env,
  };
  const apps: NestFastifyApplication[] = [];
  const collectors: EventCollector[] = [];
  const build = async (instanceClock: Clock | undefined = clock) => {
    const app = await createServiceApp(appModule, definition, env, instanceClock ? { clock: instanceClock } : {});
    apps.push(app);
    return app;
  };
  // An instance the test closed itself (a replica that died, a service shut down) has closed its database
  // connection: timer rounds and close() pass it over.
  const open = () => apps.filter((app) => app.get(DataSource).isInitialized);
  let primary: NestFastifyApplication;
  try {
    for (const producer of options.streams ?? []) await provisionTestStream(natsUrl, ns, producer);
    await runMigrations(definition, env);
    primary = await build();
  } catch (error) {
    // A service that fails to start leaves nothing behind on the shared servers.
    await deleteNamespaceStreams(natsUrl, ns).catch(() => undefined);
    await db.drop().catch(() => undefined);
    throw error;
  }

  // A customer's token always names a customer: a fresh one unless the test says which.
  const token = (role: Role, claims: TokenClaims = {}) =>
    signDevToken({ role, secret: TEST_JWT_SECRET, issuer: 'aftersales', audience: 'aftersales-api', ...claims, customerId: claims.customerId ?? (role === 'customer' ? randomUUID() : undefined) });
  const inject = async (method: HttpMethod, url: string, request: RequestOptions = {}): Promise<InjectResponse> => {
    const bearer = request.as ? await token(request.as, request.claims) : request.token;
    const raw = typeof request.body === 'string' || Buffer.isBuffer(request.body);
    const payload = request.body === undefined ? undefined : raw ? (request.body as string | Buffer) : JSON.stringify(request.body);
    return (request.app ?? primary).getHttpAdapter().getInstance().inject({
      method,
      url,
      payload,
      headers: {
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...request.headers,
      },
    });
  };
  const workerRound = (app: NestFastifyApplication) => app.get(TimerWorker).runOnce();

  return {
    service: definition.service,
    get app() {
      return primary;
    },
    get dataSource() {
      return primary.get(DataSource);
    },
    db,
    ns,
    natsUrl,
    env,
    clock: clock as C,
    token,
    inject,
    async http(method, url, request) {
      const res = await inject(method, url, request);
      return { status: res.statusCode, body: parseBody(res), headers: res.headers };
    },
    query: (sql, params = []) => primary.get(DataSource).query(sql, params),
    async count(sql, params = []) {
      const [row] = (await primary.get(DataSource).query(sql, params)) as { n: number | string }[];
      return Number(row.n);
    },
    async events(service = definition.service, collectOptions = {}) {
      const collector = await collectEvents(natsUrl, ns, service, collectOptions);
      collectors.push(collector);
      return collector;
    },
    publish: (contract, input) => publishTestEvent(natsUrl, ns, contract, input),
    publishRaw: (contract, payload) => publishRaw(natsUrl, ns, contract, payload),
    async fireDueTimers(target) {
      if (target) return workerRound(target);
      let fired = 0;
      for (const app of open()) fired += await workerRound(app);
      return fired;
    },
    async fireAllDueTimers(target = primary) {
      while ((await workerRound(target)) > 0);
    },
    startReplica: (replicaOptions = {}) => build(replicaOptions.clock ?? clock),
    async restart() {
      await primary.close();
      apps.splice(apps.indexOf(primary), 1);
      primary = await build();
    },
    async close() {
      for (const collector of collectors.splice(0)) await collector.stop();
      for (const app of open()) await app.close().catch(() => undefined);
      apps.splice(0);
      await deleteNamespaceStreams(natsUrl, ns).catch(() => undefined);
      await db.drop();
    },
  };
}

function parseBody(res: InjectResponse): unknown {
  if (!res.body) return undefined;
  return /json/.test(String(res.headers['content-type'] ?? '')) ? res.json() : res.body;
}
