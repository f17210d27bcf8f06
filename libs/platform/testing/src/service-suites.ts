/**
 * The two suites every service's tests define the same way: its OpenAPI document checked, and its API fuzzed from
 * that document. Each service's file names only what differs (its module, definition, streams and roles).
 */
import { ServiceName } from '@aftersales/contracts-core';
import { Role } from '@aftersales/platform-auth';
import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { openApiReport, serviceOpenApiDocument } from './openapi';
import { fuzzOpenApi, roleTokens } from './openapi-fuzz';
import { ServiceUnderTest, TEST_JWT_SECRET, startServiceUnderTest } from './service-under-test';

export interface OpenApiDocumentSuite {
  appModule: unknown;
  definition: ServiceDefinition;
  /** A path the document must contain: the proof it was generated from this service's controllers. */
  path: string;
}

/**
 * The service's OpenAPI document, generated from its app as the bootstrap does (issue #8): valid OpenAPI 3.1 for
 * swagger-parser, no Redocly lint errors (redocly.yaml), a summary and the 4xx responses on every operation, and a
 * typed client from openapi-typescript (how the console generates its clients).
 */
export function describeOpenApiDocument({ appModule, definition, path }: OpenApiDocumentSuite): void {
  const name = definition.service;
  describe(`${name}: the OpenAPI document`, () => {
    it('is valid OpenAPI 3.1 that lints clean and generates a client', async () => {
      const document = await serviceOpenApiDocument(appModule, definition);
      expect(await openApiReport(document, name)).toEqual({
        openapi: '3.1.0',
        servers: ['/', `/api/${name}`],
        validation: 'valid',
        lintErrors: [],
        withoutSummary: [],
        client: 'generated',
        missingFromClient: [],
      });
      expect(Object.keys(document.paths)).toContain(path);
    });
  });
}

export interface ApiFuzzSuite {
  appModule: unknown;
  definition: ServiceDefinition;
  /** The producers whose streams the service consumes: they exist first, so its consumers attach at once. */
  streams: ServiceName[];
  /** The roles its operations admit (its controllers' @Roles); the fuzzer sends a token of each. */
  roles: Role[];
}

/**
 * The service's API fuzzed from its own OpenAPI document (issue #8): no 5xx, every 4xx problem+json, and a refused
 * request leaves no row and no event behind. The driver is fuzzOpenApi; FUZZ_SEED replays a run, FUZZ_RUNS widens it.
 */
export function describeApiFuzz({ appModule, definition, streams, roles }: ApiFuzzSuite): void {
  const name = definition.service;
  describe(`${name}: fuzzed from its OpenAPI document`, () => {
    let t: ServiceUnderTest;

    beforeAll(async () => {
      t = await startServiceUnderTest({ definition, appModule, streams });
    });
    afterAll(() => t?.close());

    it('never answers 5xx, and a refused request changes nothing', async () => {
      const tokens = await roleTokens(TEST_JWT_SECRET, roles);
      const report = await fuzzOpenApi({ app: t.app, service: name, databaseUrl: t.db.url, natsUrl: t.natsUrl, namespace: t.ns, tokens });
      expect(report.requests).toBeGreaterThan(50);
      expect(report.succeeded.length).toBeGreaterThan(0);
    });
  });
}
