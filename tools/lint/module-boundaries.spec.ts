/**
 * `npm run lint` enforces the architecture (docs/architecture.md, "Layout"): these cases prove the rules fire.
 * ESLint runs as the CLI does, on code given through stdin under a path inside the repository.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Finding, lintAs, repositoryRoot as root } from './run-eslint';

function lint(filePath: string, code: string): Finding[] {
  const { errors, stderr } = lintAs(filePath, code);
  // The Nx rule silently skips itself without a project graph: that must fail here, not pass.
  expect(stderr).not.toContain('No cached ProjectGraph');
  return errors;
}

describe('module boundaries (npm run lint)', () => {
  beforeAll(() => {
    // What `npm run lint` does first: compute and cache the Nx project graph the boundary rule reads.
    execFileSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], { cwd: root, stdio: 'ignore' });
  }, 60_000);

  it('refuses an app importing another app', () => {
    const errors = lint('apps/dispatch/src/sneaky.ts', `import { CaseEntity } from '../../intake/src/cases/infrastructure/case.entity';\nexport const x = CaseEntity;\n`);
    expect(errors.map((e) => e.ruleId)).toContain('@nx/enforce-module-boundaries');
  });

  it('refuses a contracts library importing a platform library', () => {
    const errors = lint('libs/contracts/intake/src/sneaky.ts', `import { OutboxService } from '@aftersales/platform-messaging';\nexport const x = OutboxService;\n`);
    expect(errors.map((e) => e.ruleId)).toContain('@nx/enforce-module-boundaries');
  });

  it.each(['@nestjs/common', 'typeorm', '@nats-io/jetstream', '@aftersales/platform-messaging'])('refuses a domain/ file importing %s', (pkg) => {
    const errors = lint('apps/warranty/src/entitlements/domain/sneaky.ts', `import * as x from '${pkg}';\nexport const y = x;\n`);
    expect(errors.map((e) => e.ruleId)).toContain('no-restricted-imports');
  });

  it('accepts an app importing a contracts library and a platform library', () => {
    const errors = lint(
      'apps/dispatch/src/fine.ts',
      `import { CaseOpenedV1 } from '@aftersales/contracts-intake';\nimport { OnEvent } from '@aftersales/platform-messaging';\nexport const x = [CaseOpenedV1, OnEvent];\n`,
    );
    expect(errors).toEqual([]);
  });
});
