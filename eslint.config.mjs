// Lint rules that keep the architecture honest (ARCHITECTURE.md, "Layout"):
// - an app imports its own scope, any contracts lib and platform libs, never another app;
// - contracts depend only on contracts; platform libs never on an app or a service's contracts;
// - a domain/ folder imports nothing from Nest, TypeORM, NATS or the platform.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const appScopes = ['intake', 'dispatch', 'warranty', 'rma-inventory', 'complaints', 'surveys'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', '.nx/**', 'docs/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // Platform tests play real services' events, so they may read contracts and the test harness.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            // A service's contracts may be read by every app, but only its own team's app may sit in its scope.
            ...appScopes.map((scope) => ({
              sourceTag: `scope:${scope}`,
              onlyDependOnLibsWithTags: ['scope:shared', ...appScopes.map((s) => `scope:${s}`)],
            })),
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', ...appScopes.map((s) => `scope:${s}`)] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Domain rules are pure: no framework, no database, no bus (STYLE.md, convention 3).
    files: ['apps/*/src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ must not import Nest: keep rules pure.' },
            { group: ['typeorm', 'typeorm/*', 'pg'], message: 'domain/ must not import the database.' },
            { group: ['@nats-io/*'], message: 'domain/ must not import NATS.' },
            // The calendar library is pure arithmetic: domain rules may use it.
            { group: ['@aftersales/platform-*', '!@aftersales/platform-calendar'], message: 'domain/ must not import platform infrastructure.' },
          ],
        },
      ],
    },
  },
  {
    // Intake: cases/ calls the SLA engine through its one port; sla/ never imports cases/ (docs/sla.md).
    // no-restricted-syntax, not no-restricted-imports, so these do not replace the domain/ rule above.
    files: ['apps/intake/src/sla/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ExportNamedDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ExportAllDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ImportExpression[source.value=/(^|\\/)cases(\\/|$)/]',
          message: 'sla/ must not import cases/: what it needs of a case comes through SlaCaseRecord (sla/integration/sla.port.ts).',
        },
      ],
    },
  },
  {
    files: ['apps/intake/src/cases/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ExportNamedDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ExportAllDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ImportExpression[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/]',
          message: 'cases/ reaches the SLA engine only through sla/integration/sla.port.ts.',
        },
      ],
    },
  },
  {
    // Scripts, tests and benchmarks print to the terminal on purpose.
    files: ['tools/**/*.ts', 'bench/**/*.ts', '**/test/**/*.ts', '**/*.spec.ts', 'apps/e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
