/**
 * Surveys's API fuzzed from its own OpenAPI document (issue #8): no 5xx, every 4xx problem+json, and a refused
 * request leaves no row and no event behind. The driver is fuzzOpenApi (libs/platform/testing); FUZZ_SEED replays a
 * run, FUZZ_RUNS widens it.
 */
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { TestDatabase, createTestDatabase, fuzzOpenApi, provisionTestStream, roleTokens, testInfra, testNamespace } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

const SECRET = 'surveys-fuzz-secret-0123456789abcdef0123';

describe('surveys: fuzzed from its OpenAPI document', () => {
  const { natsUrl } = testInfra();
  const ns = testNamespace('surveys_fuzz');
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase('surveys_fuzz');
    const env = { DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_NAMESPACE: ns, PORT: '0', AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent' };
    // The streams it consumes exist first, so its consumers attach at once.
    for (const producer of ['intake'] as const) await provisionTestStream(natsUrl, ns, producer);
    await runMigrations(surveysService, env);
    app = await createServiceApp(AppModule, surveysService, env);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('never answers 5xx, and a refused request changes nothing', async () => {
    const tokens = await roleTokens(SECRET, ['customer', 'agent', 'manager', 'admin']);
    const report = await fuzzOpenApi({ app, service: 'surveys', databaseUrl: db.url, natsUrl, namespace: ns, tokens });
    expect(report.requests).toBeGreaterThan(50);
    expect(report.succeeded.length).toBeGreaterThan(0);
  });
});
