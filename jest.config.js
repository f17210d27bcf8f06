// Test tiers chosen by file name (docs/architecture.md, convention 9):
//   unit  *.spec.ts beside the code, no I/O
//   int   test/*.int-spec.ts, real PostgreSQL and NATS, each file isolated (own database, own NATS namespace)
//   e2e   apps/e2e: the platform as separate processes, driven over HTTP
//   browser apps/e2e/src/console: the built console in chromium, in front of that platform
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  // jose and swagger-parser's json-schema-ref-parser ship ES modules only; swc turns them into CommonJS for Jest.
  transform: { '^.+\\.(t|j)s$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(jose|@apidevtools/json-schema-ref-parser)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/testing/src/jest-global-setup.js',
      globalTeardown: '<rootDir>/libs/platform/testing/src/jest-global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/libs/platform/testing/src/jest-timeout-int.js', '<rootDir>/libs/platform/testing/src/jest-quiet-logs.js'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/testing/src/jest-global-setup.js',
      globalTeardown: '<rootDir>/libs/platform/testing/src/jest-global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/libs/platform/testing/src/jest-timeout-e2e.js'],
    },
    {
      // The console in Debian's chromium (playwright-core) against the platform started by the test (npm run test:browser).
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/e2e/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/testing/src/jest-global-setup.js',
      globalTeardown: '<rootDir>/libs/platform/testing/src/jest-global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/libs/platform/testing/src/jest-timeout-e2e.js'],
    },
  ],
};
