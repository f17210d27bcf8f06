// Lint rules that keep the architecture honest (docs/architecture.md, "Layout"); tools/lint/*.spec.ts proves each fires:
// - an app imports its own scope, any contracts lib and platform libs, never another app;
// - contracts depend only on contracts; platform libs never on an app or a service's contracts;
// - a domain/ folder imports nothing from Nest, TypeORM, NATS or the platform, nor another layer of its app;
// - domain errors are made only in <aggregate>.errors.ts;
// - timers live in <aggregate>/timers/: @OnTimer handlers in on-<name>-due.timer.ts, scheduling in <name>.timers.ts.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const appScopes = ['intake', 'dispatch', 'warranty', 'rma-inventory', 'complaints', 'surveys', 'notifications', 'integrations'];

const appCode = ['apps/*/src/**/*.ts'];
const notChecked = ['**/*.spec.ts'];
const errorFiles = ['apps/*/src/**/*.errors.ts'];
const domainFiles = ['apps/*/src/**/domain/**/*.ts'];
const timerHandlerFiles = ['apps/*/src/*/timers/on-*-due.timer.ts'];
const timerScheduleFiles = ['apps/*/src/*/timers/*.timers.ts'];

const domainPurity = [
  { group: ['@nestjs/*'], message: 'domain/ must not import Nest: keep rules pure.' },
  { group: ['typeorm', 'typeorm/*', 'pg'], message: 'domain/ must not import the database.' },
  { group: ['@nats-io/*'], message: 'domain/ must not import NATS.' },
  // The calendar library is pure arithmetic: domain rules may use it.
  { group: ['@aftersales/platform-*', '!@aftersales/platform-calendar'], message: 'domain/ must not import platform infrastructure.' },
];
// A relative path that leaves domain/ and does not enter another domain/ folder reaches another layer.
const domainStaysInDomain = {
  regex: '^\\.\\./(?!(.*/)?domain/)',
  message: 'domain/ imports only other domain/ code: commands, infrastructure, integration, views and errors depend on the domain, not the reverse.',
};

const onTimerElsewhere = {
  name: '@aftersales/platform-timers',
  importNames: ['OnTimer'],
  message: 'An @OnTimer handler lives in <aggregate>/timers/on-<name>-due.timer.ts.',
};
const schedulingElsewhere = {
  name: '@aftersales/platform-timers',
  importNames: ['DurableTimers'],
  message: 'Timers are scheduled and cancelled in <aggregate>/timers/<name>.timers.ts: call its functions from here.',
};

const errorSyntax = [
  { selector: "ClassDeclaration[superClass.name='DomainError'], ClassExpression[superClass.name='DomainError']", message: 'Domain errors are declared in <aggregate>.errors.ts.' },
  { selector: "NewExpression[callee.name='DomainError']", message: 'Domain errors are made in <aggregate>.errors.ts (with a stable code): call its factory from here.' },
];
// Outside domain/ (where pure rule violations are plain Error subclasses without Nest), an error class belongs in an errors file.
const errorClassSyntax = {
  selector: "ClassDeclaration[superClass.name=/Error$/][superClass.name!='DomainError'], ClassExpression[superClass.name=/Error$/][superClass.name!='DomainError']",
  message: 'Error classes are declared in <aggregate>.errors.ts (pure rule violations may stay in domain/).',
};

function layoutRules() {
  return [
    {
      files: appCode,
      ignores: [...notChecked, ...errorFiles, ...domainFiles],
      rules: { 'no-restricted-syntax': ['error', ...errorSyntax, errorClassSyntax] },
    },
    {
      files: domainFiles,
      ignores: notChecked,
      rules: { 'no-restricted-syntax': ['error', ...errorSyntax] },
    },
    {
      files: appCode,
      ignores: [...notChecked, ...timerHandlerFiles, ...timerScheduleFiles],
      rules: { 'no-restricted-imports': ['error', { paths: [onTimerElsewhere, schedulingElsewhere] }] },
    },
    { files: timerHandlerFiles, rules: { 'no-restricted-imports': ['error', { paths: [schedulingElsewhere] }] } },
    { files: timerScheduleFiles, rules: { 'no-restricted-imports': ['error', { paths: [onTimerElsewhere] }] } },
    // Last, so that it wins for domain files (which may not import the timers library at all).
    {
      // Domain rules are pure: no framework, no database, no bus (docs/architecture.md, convention 3).
      files: domainFiles,
      rules: { 'no-restricted-imports': ['error', { patterns: [...domainPurity, domainStaysInDomain] }] },
    },
  ];
}

/**
 * A boundary between two folders of one app, as no-restricted-syntax. Flat config replaces a rule's options per
 * file instead of merging them, so each block repeats the layout's error selectors that apply to its files.
 */
function boundaryRules(folder, boundary) {
  const all = [`${folder}/**/*.ts`];
  const domain = [`${folder}/**/domain/**/*.ts`];
  const errorsHere = [`${folder}/**/*.errors.ts`];
  return [
    { files: all, ignores: [...notChecked, ...errorFiles, ...domainFiles], rules: { 'no-restricted-syntax': ['error', ...errorSyntax, errorClassSyntax, boundary] } },
    { files: domain, ignores: notChecked, rules: { 'no-restricted-syntax': ['error', ...errorSyntax, boundary] } },
    { files: errorsHere, ignores: notChecked, rules: { 'no-restricted-syntax': ['error', boundary] } },
  ];
}

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', '.nx/**', 'docs/**', 'coverage/**', 'apps/console/src/api/generated/**', 'apps/console/artefacts/**'] },
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
            // The console's server, scripts and tests (Node); its browser code (src/) imports no library of ours.
            { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
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
  ...layoutRules(),
  // Intake: cases/ calls the SLA engine through its one port; sla/ never imports cases/ (docs/sla.md).
  ...boundaryRules('apps/intake/src/sla', {
    selector: 'ImportDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ExportNamedDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ExportAllDeclaration[source.value=/(^|\\/)cases(\\/|$)/], ImportExpression[source.value=/(^|\\/)cases(\\/|$)/]',
    message: 'sla/ must not import cases/: what it needs of a case comes through SlaCaseRecord (sla/integration/sla.port.ts).',
  }),
  ...boundaryRules('apps/intake/src/cases', {
    selector:
      'ImportDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ExportNamedDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ExportAllDeclaration[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/], ImportExpression[source.value=/(^|\\/)sla\\/(?!integration\\/sla\\.port$)/]',
    message: 'cases/ reaches the SLA engine only through sla/integration/sla.port.ts.',
  }),
  {
    // Scripts, tests and benchmarks print to the terminal on purpose.
    files: ['tools/**/*.ts', 'bench/**/*.ts', '**/test/**/*.ts', '**/*.spec.ts', 'apps/e2e/**/*.ts', 'apps/console/scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
