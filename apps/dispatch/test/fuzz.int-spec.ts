/**
 * Dispatch's API fuzzed from its own OpenAPI document (issue #8): no 5xx, every 4xx problem+json, and a refused
 * request leaves no row and no event behind. The driver is fuzzOpenApi (libs/platform/testing); FUZZ_SEED replays a
 * run, FUZZ_RUNS widens it.
 */
import { ServiceUnderTest, TEST_JWT_SECRET, fuzzOpenApi, roleTokens, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { dispatchService } from '../src/dispatch.service-definition';

describe('dispatch: fuzzed from its OpenAPI document', () => {
  let t: ServiceUnderTest;

  // The streams it consumes exist first, so its consumers attach at once.
  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: dispatchService, appModule: AppModule, streams: ['intake'] });
  });
  afterAll(() => t?.close());

  it('never answers 5xx, and a refused request changes nothing', async () => {
    const tokens = await roleTokens(TEST_JWT_SECRET, ['customer', 'agent', 'engineer', 'manager', 'admin']);
    const report = await fuzzOpenApi({ app: t.app, service: 'dispatch', databaseUrl: t.db.url, natsUrl: t.natsUrl, namespace: t.ns, tokens });
    expect(report.requests).toBeGreaterThan(50);
    expect(report.succeeded.length).toBeGreaterThan(0);
  });
});
