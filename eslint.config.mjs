// Lint rules that keep the architecture honest (docs/architecture.md, "Layout"):
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
    // Domain rules are pure: no framework, no database, no bus (docs/architecture.md, convention 3).
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
    // Scripts, tests and benchmarks print to the terminal on purpose.
    files: ['tools/**/*.ts', 'bench/**/*.ts', '**/test/**/*.ts', '**/*.spec.ts', 'apps/e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
