export { testInfra, uniqueToken, testNamespace, createTestDatabase } from './infra';
export type { TestInfra, TestDatabase } from './infra';
export { waitFor } from './wait-for';
export {
  SERVICE_PORTS,
  SERVICE_NAMES,
  REPO_ROOT,
  databaseNameFor,
  serviceScript,
  startServiceProcess,
  waitUntilReady,
  runServiceScript,
} from './service-process';
export type { ServiceProcess, ProcessEnd } from './service-process';
export { provisionTestStream, publishTestEvent, publishRaw, collectEvents, deleteNamespaceStreams } from './events';
export type { EventCollector } from './events';
export { NatsCluster } from './nats-cluster';
export type { ClusterNode } from './nats-cluster';
export { startTcpProxy, startOwnNatsServer, freePort } from './outages';
export type { TcpProxy, OwnNatsServer } from './outages';
export { startServiceUnderTest, TEST_JWT_SECRET } from './service-under-test';
export type { ServiceUnderTest, ServiceUnderTestOptions, RequestOptions, HttpReply, HttpMethod, TokenClaims } from './service-under-test';
export { testLogLevel } from './test-log-level';
export type { TestLogLevel } from './test-log-level';
export { serviceOpenApiDocument, openApiReport, lintOpenApi, validateOpenApi, generatedClientTypes, operationsWithoutSummary } from './openapi';
export type { OpenApiJson, OpenApiReport } from './openapi';
export { fuzzOpenApi, roleTokens } from './openapi-fuzz';
export type { OpenApiFuzzOptions, FuzzReport, FuzzTarget } from './openapi-fuzz';
export { describeOpenApiDocument, describeApiFuzz } from './service-suites';
export type { OpenApiDocumentSuite, ApiFuzzSuite } from './service-suites';
export { chromiumPath, CHROMIUM_ARGS } from './chromium';
