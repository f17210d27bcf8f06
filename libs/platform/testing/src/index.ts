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
export { provisionTestStream, publishTestEvent, publishRaw, collectEvents } from './events';
export type { EventCollector } from './events';
export { fuzzOpenApi, roleTokens } from './openapi-fuzz';
export type { OpenApiFuzzOptions, FuzzReport, FuzzTarget } from './openapi-fuzz';
