import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { trace } from '@opentelemetry/api';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { Logger as PinoLogger, pino } from 'pino';
import { Histogram, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUTH_VERIFIER } from '@aftersales/platform-auth';
import { Clock, withClock } from '@aftersales/platform-timers';
import { AppConfig, ConfigError, loadConfig, migrationConfigSchema } from './config/app-config';
import { dataSourceOptions, ensureDatabase, migrate } from './database/database';
import { installEdgeSecurity } from './http/edge-security';
import { frameworkErrors } from './http/framework-errors';
import { acceptJsonBodiesOnly } from './http/json-body';
import { serveOpenApiDocument } from './http/openapi-document';
import { withEnvironment } from './service-defaults.module';
import { ServiceDefinition } from './service-definition';

const httpDuration =
  (register.getSingleMetric('http_request_duration_seconds') as Histogram<string>) ??
  new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  });

/** A caller's request id when it is a sane token (so one id follows a request across proxies), else a new one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * The Nest application of a service, initialised but not listening (tests use `inject`). A test may hand it a
 * `clock` (a ManualClock) to move the time its deadlines and timers run on.
 */
export async function createServiceApp(
  AppModule: unknown,
  def: ServiceDefinition,
  env?: Record<string, string | undefined>,
  options: { clock?: Clock } = {},
): Promise<NestFastifyApplication> {
  const merged = env ? { ...process.env, ...env } : process.env;
  const config = loadConfig(def.service, def.configSchema, merged);
  const build = () => withEnvironment(merged, async () => {
    const adapter = new FastifyAdapter({
      bodyLimit: config.values.HTTP_BODY_LIMIT_BYTES,
      trustProxy: true,
      // Fastify's default cuts open connections on close; HttpDrain lets in-flight requests finish instead.
      forceCloseConnections: false,
      // The request id of every log line (nestjs-pino reads Fastify's), echoed in x-request-id.
      genReqId: requestId,
      // The router's own errors (bad percent-encoding, an over-long path segment) as problem+json too.
      frameworkErrors: frameworkErrors as never,
    });
    const app = await NestFactory.create<NestFastifyApplication>(AppModule as never, adapter, {
      bufferLogs: true,
      abortOnError: false,
      // Nest would add a urlencoded parser; the APIs take JSON only (acceptJsonBodiesOnly).
      bodyParser: false,
    });
    app.useLogger(app.get(Logger));
    const fastify = app.getHttpAdapter().getInstance();
    acceptJsonBodiesOnly(fastify, def.textBodyTypes);
    fastify.addHook('onRequest', async (req: { id: string; method: string; routeOptions?: { url?: string } }, reply: { header(name: string, value: string): unknown }) => {
      reply.header('x-request-id', req.id);
      // The HTTP instrumentation only knows the method; the route pattern makes traces searchable.
      const route = req.routeOptions?.url;
      if (route) trace.getActiveSpan()?.updateName(`${req.method} ${route}`).setAttribute('http.route', route);
    });
    fastify.addHook('onResponse', async (req: { method: string; routeOptions?: { url?: string } }, reply: { statusCode: number; elapsedTime: number }) => {
      httpDuration.observe(
        // The route pattern, not the URL: ids in label values would grow the series without bound.
        { method: req.method, route: req.routeOptions?.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
    // Before init: the rate limit and the headers attach to each route as Nest registers it.
    await installEdgeSecurity(app, {
      rateLimitMax: config.values.RATE_LIMIT_MAX,
      rateLimitWindowMs: config.values.RATE_LIMIT_WINDOW_MS,
      corsOrigins: config.values.CORS_ORIGINS,
      verifyToken: app.get(AUTH_VERIFIER),
    });
    app.enableShutdownHooks();
    await app.init();
    // After init: the auth module has marked which operations need the bearer token.
    serveOpenApiDocument(app, def);
    return app;
  });
  return options.clock ? withClock(options.clock, build) : build();
}

/** main.ts of every service: validate config, prepare the database in development, serve. */
export async function bootstrapService(AppModule: unknown, def: ServiceDefinition): Promise<NestFastifyApplication | undefined> {
  let config: AppConfig;
  try {
    config = loadConfig(def.service, def.configSchema);
  } catch (error) {
    if (error instanceof ConfigError) {
      // Plain text: without a valid configuration there is no log level, and a person reads this one.
      process.stderr.write(`${def.service}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Before Nest's logger exists: the same JSON lines.
  const log = pino({ level: config.values.LOG_LEVEL, base: { service: def.service } });
  try {
    if (config.values.DB_CREATE_IF_MISSING && (await ensureDatabase(config.databaseUrl))) log.info('created its database');
    if (config.values.MIGRATIONS_RUN_ON_START) {
      const applied = await migrate(def, config);
      if (applied.length) log.info({ migrations: applied }, 'applied migrations');
    }
    const app = await createServiceApp(AppModule, def);
    installShutdownWatchdog(config.values.SHUTDOWN_TIMEOUT_MS, log);
    await app.listen({ port: config.port, host: '0.0.0.0' });
    log.info({ port: config.port }, 'listening');
    return app;
  } catch (error) {
    log.fatal({ err: error }, 'failed to start');
    log.flush();
    process.exit(1);
  }
}

/** `apps/<svc>/src/migrate.ts`: the Kubernetes Job's command. */
export async function runMigrations(def: ServiceDefinition, env?: Record<string, string | undefined>): Promise<string[]> {
  const config = loadConfig(def.service, undefined, env ? { ...process.env, ...env } : process.env, migrationConfigSchema);
  return migrate(def, config);
}

/** A DataSource on the service's database for one-shot scripts (seed data); the caller destroys it. */
export async function openDataSource(def: ServiceDefinition, env?: Record<string, string | undefined>): Promise<DataSource> {
  const config = loadConfig(def.service, undefined, env ? { ...process.env, ...env } : process.env, migrationConfigSchema);
  return new DataSource(dataSourceOptions(def, config)).initialize();
}

/** Graceful shutdown is Nest's (enableShutdownHooks, HttpDrain first); this makes sure a stuck one still ends. */
function installShutdownWatchdog(timeoutMs: number, log: PinoLogger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal, timeoutMs }, 'shutting down');
      setTimeout(() => {
        log.error({ timeoutMs }, 'shutdown took longer than SHUTDOWN_TIMEOUT_MS; exiting');
        log.flush();
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
