import { ConfigError, loadConfig } from './app-config';

const valid = {
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/aftersales_intake',
  NATS_URL: 'nats://127.0.0.1:4222',
  AUTH_JWT_SECRET: 'x'.repeat(32),
};

describe('configuration validated at start', () => {
  it('accepts a complete environment and applies the defaults', () => {
    const config = loadConfig('intake', undefined, valid);
    expect(config.port).toBe(3001);
    expect(config.values).toMatchObject({ LOG_LEVEL: 'info', HTTP_BODY_LIMIT_BYTES: 1_048_576, NATS_NAMESPACE: '', MIGRATIONS_RUN_ON_START: false });
  });

  it('names every missing or malformed variable in one error', () => {
    const attempt = () => loadConfig('intake', undefined, { PORT: 'eighty', DATABASE_URL: 'mysql://x/y', AUTH_JWT_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'NATS_URL', 'AUTH_JWT_SECRET']));
      expect((error as ConfigError).message).toContain('NATS_URL: is required');
      expect((error as ConfigError).message).not.toContain('PORT: is required');
    }
  });

  it('names malformed optional variables too', () => {
    const attempt = () =>
      loadConfig('intake', undefined, {
        ...valid,
        LOG_LEVEL: 'loud',
        MIGRATIONS_RUN_ON_START: 'maybe',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        HTTP_BODY_LIMIT_BYTES: '-5',
        NATS_URL: 'http://127.0.0.1:4222',
      });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const variable of ['LOG_LEVEL', 'MIGRATIONS_RUN_ON_START: must be true or false', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'HTTP_BODY_LIMIT_BYTES', 'NATS_URL']) {
      expect(message).toContain(variable);
    }
    expect(message).not.toMatch(/^\s+PORT:/m);
  });

  it('reads booleans as .env files write them', () => {
    expect(loadConfig('intake', undefined, { ...valid, DB_CREATE_IF_MISSING: 'TRUE', MIGRATIONS_RUN_ON_START: '0' }).values).toMatchObject({
      DB_CREATE_IF_MISSING: true,
      MIGRATIONS_RUN_ON_START: false,
    });
  });

  it('wants exactly one of an HS256 secret or a JWKS URL', () => {
    const { AUTH_JWT_SECRET: _drop, ...noAuth } = valid;
    expect(() => loadConfig('intake', undefined, noAuth)).toThrow(/AUTH_JWT_SECRET: set exactly one/);
    expect(() => loadConfig('intake', undefined, { ...valid, AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/exactly one/);
  });

  it('names a missing secret even when other variables are bad too', () => {
    const { AUTH_JWT_SECRET: _drop, ...noAuth } = valid;
    expect(() => loadConfig('intake', undefined, { ...noAuth, PORT: 'x' })).toThrow(/PORT: .*\n.*AUTH_JWT_SECRET: set exactly one/s);
  });

  it('reads NATS_STREAM_REPLICAS, 1 unless set, and refuses what JetStream cannot hold', () => {
    expect(loadConfig('intake', undefined, valid).values.NATS_STREAM_REPLICAS).toBe(1);
    expect(loadConfig('intake', undefined, { ...valid, NATS_STREAM_REPLICAS: '3' }).values.NATS_STREAM_REPLICAS).toBe(3);
    for (const bad of ['0', '6', 'three', '2.5']) {
      expect(() => loadConfig('intake', undefined, { ...valid, NATS_STREAM_REPLICAS: bad })).toThrow(/NATS_STREAM_REPLICAS: must be/);
    }
  });

  it('treats an empty value as unset, as .env files write it', () => {
    expect(() => loadConfig('intake', undefined, { ...valid, NATS_URL: '' })).toThrow(/NATS_URL: is required/);
  });

  it('validates the service’s own variables with the base ones', async () => {
    const { z } = await import('zod');
    const own = z.object({ COMPLAINT_DEFAULT_DEADLINE_HOURS: z.coerce.number().int().positive().default(48) });
    expect(loadConfig('complaints', own, valid).get('COMPLAINT_DEFAULT_DEADLINE_HOURS')).toBe(48);
    expect(() => loadConfig('complaints', own, { ...valid, COMPLAINT_DEFAULT_DEADLINE_HOURS: '-1' })).toThrow(/COMPLAINT_DEFAULT_DEADLINE_HOURS/);
  });

  it('keeps the stream duplicate window at least as long as the outbox republish window', () => {
    expect(loadConfig('intake', undefined, valid).values).toMatchObject({ OUTBOX_REPUBLISH_WINDOW_MS: 600_000, NATS_DUPLICATE_WINDOW_MS: 900_000 });
    const attempt = () => loadConfig('intake', undefined, { ...valid, OUTBOX_REPUBLISH_WINDOW_MS: '1200000', NATS_DUPLICATE_WINDOW_MS: '600000' });
    expect(attempt).toThrow('NATS_DUPLICATE_WINDOW_MS: must be at least OUTBOX_REPUBLISH_WINDOW_MS');
    expect(() => loadConfig('intake', undefined, { ...valid, OUTBOX_REPUBLISH_WINDOW_MS: '60000', NATS_DUPLICATE_WINDOW_MS: '60000' })).toThrow(
      'NATS_DUPLICATE_WINDOW_MS: must be at least 120000 (2 minutes)',
    );
  });

  it('reads the edge settings (issue #8): defaults, and origins as a list', () => {
    expect(loadConfig('intake', undefined, valid).values).toMatchObject({
      RATE_LIMIT_MAX: 2000,
      RATE_LIMIT_WINDOW_MS: 1000,
      CORS_ORIGINS: [],
      AUTH_MAX_TOKEN_LIFETIME_SECONDS: 43_200,
    });
    const set = loadConfig('intake', undefined, { ...valid, CORS_ORIGINS: 'https://console.example.com, http://localhost:4200', RATE_LIMIT_MAX: '50' });
    expect(set.values).toMatchObject({ CORS_ORIGINS: ['https://console.example.com', 'http://localhost:4200'], RATE_LIMIT_MAX: 50 });
    expect(() => loadConfig('intake', undefined, { ...valid, CORS_ORIGINS: 'https://console.example.com/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig('intake', undefined, { ...valid, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
  });
});
