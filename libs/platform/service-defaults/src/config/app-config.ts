import { z } from 'zod';
import { ServiceName } from '@aftersales/contracts-core';

/** A true/false environment variable (true, false, 1, 0, yes, no); services use it for their own flags. */
export const bool = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number({ error: 'must be a number' }).int().positive();

/** Comma-separated browser origins (scheme, host, optional port; no path), e.g. the console's. Empty: none. */
const origins = z
  .string()
  .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s,]+$/, 'each origin is scheme://host[:port], without a path')));

const databaseUrl = z.string().regex(/^postgres(ql)?:\/\/.+\/[^/?]+/, 'must be a postgres:// URL that names a database');

/** What the migration command needs: the database only (it runs as a Kubernetes Job, without NATS). */
export const migrationConfigSchema = z.object({
  DATABASE_URL: databaseUrl,
  DB_CREATE_IF_MISSING: bool.default(false),
  DB_POOL_SIZE: positiveInt.default(2),
});

/** The variables every service reads (.env.example documents each). */
export const baseConfigSchema = z
  .object({
    PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535),
    DATABASE_URL: databaseUrl,
    NATS_URL: z.string().regex(/^(nats|tls):\/\/[^,]+(,(nats|tls):\/\/[^,]+)*$/, 'must be one or more nats:// URLs, comma-separated'),
    NATS_NAMESPACE: z.string().regex(/^[a-z0-9_]*$/, 'only a-z, 0-9 and _').default(''),
    // Copies of the service's own stream; JetStream allows 1 to 5, and more than 1 needs a NATS cluster.
    NATS_STREAM_REPLICAS: z.coerce.number({ error: 'must be a number' }).int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').default(1),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    AUTH_ISSUER: z.string().min(1).default('aftersales'),
    AUTH_AUDIENCE: z.string().min(1).default('aftersales-api'),
    // A token may live at most this long (exp - iat, or exp - now without iat); 12 hours is one working day.
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: positiveInt.default(43_200),
    // Per client (token subject, else address) and route. The default is above what one process serves (about
    // 700 requests/s on two cores, docs/benchmarks.md), so tests and benchmarks never meet it; deployments set theirs.
    RATE_LIMIT_MAX: positiveInt.default(2_000),
    RATE_LIMIT_WINDOW_MS: positiveInt.default(1_000),
    CORS_ORIGINS: origins.default([]),
    HTTP_BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
    DB_CREATE_IF_MISSING: bool.default(false),
    MIGRATIONS_RUN_ON_START: bool.default(false),
    DB_POOL_SIZE: positiveInt.default(10),
    OUTBOX_POLL_INTERVAL_MS: positiveInt.default(1000),
    // Outages: sent rows are republished for this long (past NATS 2.9's 2-minute fsync); docs/operations.md.
    OUTBOX_REPUBLISH_WINDOW_MS: positiveInt.default(600_000),
    NATS_DUPLICATE_WINDOW_MS: positiveInt.min(120_000, 'must be at least 120000 (2 minutes)').default(900_000),
    CONSUMER_MAX_DELIVER: positiveInt.default(5),
    TIMERS_POLL_INTERVAL_MS: positiveInt.default(250),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  // `when`: checked even when other variables are bad, so the one message names this problem too.
  .refine((v) => !v.AUTH_JWT_SECRET !== !v.AUTH_JWKS_URL, {
    path: ['AUTH_JWT_SECRET'],
    message: 'set exactly one of AUTH_JWT_SECRET or AUTH_JWKS_URL',
    when: () => true,
  })
  // A republished event older than the stream's duplicate window would be stored twice.
  .refine((v) => v.NATS_DUPLICATE_WINDOW_MS >= v.OUTBOX_REPUBLISH_WINDOW_MS, {
    path: ['NATS_DUPLICATE_WINDOW_MS'],
    message: 'must be at least OUTBOX_REPUBLISH_WINDOW_MS',
  });

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Typed, validated configuration of one service process. */
export class AppConfig {
  constructor(
    readonly service: ServiceName,
    readonly values: BaseConfig & Record<string, unknown>,
  ) {}

  get port(): number {
    return this.values.PORT;
  }
  get databaseUrl(): string {
    return this.values.DATABASE_URL;
  }
  get natsUrl(): string {
    return this.values.NATS_URL;
  }
  get natsNamespace(): string {
    return this.values.NATS_NAMESPACE;
  }
  /** A service-specific variable, already validated by the service's configSchema. */
  get<T = unknown>(key: string): T {
    return this.values[key] as T;
  }
}

/** Validates the environment; throws one ConfigError naming every missing or malformed variable. */
export function loadConfig(
  service: ServiceName,
  extra: z.ZodObject | undefined,
  env: Record<string, string | undefined> = process.env,
  base: z.ZodType<Record<string, unknown>> = baseConfigSchema,
): AppConfig {
  // Empty strings count as unset, as they do in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const problems: { variable: string; message: string }[] = [];
  const baseResult = base.safeParse(cleaned);
  const describe = (issue: z.core.$ZodIssue) => toProblem(issue, cleaned);
  if (!baseResult.success) problems.push(...baseResult.error.issues.map(describe));
  const own = extra?.safeParse(cleaned);
  if (own && !own.success) problems.push(...own.error.issues.map(describe));
  if (problems.length > 0 || !baseResult.success) throw new ConfigError(problems);
  return new AppConfig(service, { ...(own?.data ?? {}), ...baseResult.data } as BaseConfig & Record<string, unknown>);
}

function toProblem(issue: z.core.$ZodIssue, env: Record<string, unknown>): { variable: string; message: string } {
  const variable = String(issue.path[0] ?? '(environment)');
  // zod does not report the input, so "missing" is read from the environment itself.
  const message = issue.code === 'invalid_type' && env[variable] === undefined ? 'is required' : issue.message;
  return { variable, message };
}
