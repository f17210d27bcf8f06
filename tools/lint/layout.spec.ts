/**
 * `npm run lint` holds the layout of every service (docs/architecture.md, "Layout"): a domain/ folder depends on no
 * other layer, domain errors are made only in errors files, timers live in <aggregate>/timers/. Each case lints code
 * under a path of the repository, as the CLI does, and names the lines it expects refused.
 */
import { lintAs } from './run-eslint';

/** The lines refused by `rule`, in order. */
function refused(filePath: string, lines: string[], rule: 'no-restricted-imports' | 'no-restricted-syntax'): number[] {
  const { errors } = lintAs(filePath, lines.join('\n') + '\n');
  return errors.filter((e) => e.ruleId === rule).map((e) => (e as unknown as { line: number }).line);
}

describe('layout rules (npm run lint)', () => {
  describe('a domain/ folder depends on no other layer', () => {
    it('refuses relative imports into infrastructure, errors, commands or another aggregate\'s infrastructure', () => {
      const lines = [
        "import { UnitRepairEntity } from '../infrastructure/unit-repair.entity';",
        "import { decisionNotFound } from '../entitlements.errors';",
        "import { AddEvidenceCommand } from '../commands/add-evidence/add-evidence.command';",
        "import { WarrantyClaimEntity } from '../../paid-service/infrastructure/paid-service.entities';",
        'export const all = [UnitRepairEntity, decisionNotFound, AddEvidenceCommand, WarrantyClaimEntity];',
      ];
      expect(refused('apps/warranty/src/entitlements/domain/sneaky.ts', lines, 'no-restricted-imports')).toEqual([1, 2, 3, 4]);
    });

    it('accepts its own folder, another domain/ folder and the calendar library', () => {
      const lines = [
        "import { Remedy } from './entitlement.types';",
        "import { QuoteLine } from '../../paid-service/domain/quote.policy';",
        "import { defineCalendar } from '@aftersales/platform-calendar';",
        'export type Both = [Remedy, QuoteLine];',
        'export const calendar = defineCalendar;',
      ];
      expect(lintAs('apps/warranty/src/entitlements/domain/fine.ts', lines.join('\n') + '\n').errors).toEqual([]);
    });
  });

  describe('domain errors are made only in <aggregate>.errors.ts', () => {
    it('refuses declaring or creating a DomainError, or an error class, in a command', () => {
      const lines = [
        "import { DomainError } from '@aftersales/platform-service-defaults';",
        "export class UnitGone extends DomainError {}",
        "export const gone = () => new DomainError('WARRANTY.GONE', 'gone', 404);",
        'export class Oops extends Error {}',
        'export const Anonymous = class extends DomainError {};',
      ];
      expect(refused('apps/warranty/src/installed-base/commands/sneaky/sneaky.command.ts', lines, 'no-restricted-syntax')).toEqual([2, 3, 4, 5]);
    });

    it('accepts them in an errors file', () => {
      const lines = [
        "import { DomainError } from '@aftersales/platform-service-defaults';",
        "export class UnitGone extends DomainError {}",
        "export const gone = () => new DomainError('WARRANTY.GONE', 'gone', 404);",
      ];
      expect(lintAs('apps/warranty/src/installed-base/installed-base.errors.ts', lines.join('\n') + '\n').errors).toEqual([]);
    });

    it('lets domain/ keep plain rule violations, but not DomainErrors', () => {
      const lines = [
        'export class IllegalMove extends Error {}',
        'declare const DomainError: new (code: string, message: string, status: number) => Error;',
        "export const gone = () => new DomainError('WARRANTY.GONE', 'gone', 404);",
      ];
      expect(refused('apps/warranty/src/paid-service/domain/sneaky.ts', lines, 'no-restricted-syntax')).toEqual([3]);
    });
  });

  describe('timers live in <aggregate>/timers/', () => {
    const both = "import { DurableTimers, OnTimer } from '@aftersales/platform-timers';\nexport const t = [DurableTimers, OnTimer];";

    it('refuses @OnTimer handlers and scheduling anywhere else', () => {
      const { errors } = lintAs('apps/warranty/src/service-contracts/commands/sneaky/sneaky.command.ts', both + '\n');
      expect(errors.filter((e) => e.ruleId === 'no-restricted-imports').map((e) => e.message.match(/'(\w+)' import/)?.[1]).sort()).toEqual(['DurableTimers', 'OnTimer']);
    });

    it('refuses a handler in a schedule file, scheduling in a handler file, and both in a timers/ file named otherwise', () => {
      const only = (file: string) =>
        lintAs(file, both + '\n')
          .errors.filter((e) => e.ruleId === 'no-restricted-imports')
          .map((e) => e.message.match(/'(\w+)' import/)?.[1])
          .sort();
      expect(only('apps/warranty/src/service-contracts/timers/contract-expiry.timers.ts')).toEqual(['OnTimer']);
      expect(only('apps/warranty/src/service-contracts/timers/on-contract-expiry-due.timer.ts')).toEqual(['DurableTimers']);
      expect(only('apps/warranty/src/service-contracts/timers/expiry.handler.ts')).toEqual(['DurableTimers', 'OnTimer']);
    });

    it('accepts each where it belongs', () => {
      const handler = "import { OnTimer } from '@aftersales/platform-timers';\nexport const t = OnTimer;\n";
      const schedule = "import { DurableTimers } from '@aftersales/platform-timers';\nexport const t = DurableTimers;\n";
      expect(lintAs('apps/warranty/src/service-contracts/timers/on-contract-expiry-due.timer.ts', handler).errors).toEqual([]);
      expect(lintAs('apps/warranty/src/service-contracts/timers/contract-expiry.timers.ts', schedule).errors).toEqual([]);
    });
  });

  describe('intake: cases/ reaches the SLA engine through its port only, and sla/ never imports cases/', () => {
    it('refuses sla/ importing cases/, and still refuses a domain error made there', () => {
      const lines = [
        "import { CaseEntity } from '../../cases/infrastructure/case.entity';",
        "import { DomainError } from '@aftersales/platform-service-defaults';",
        "export const oops = () => new DomainError('SLA.OOPS', 'oops', 409);",
        'export const e = CaseEntity;',
      ];
      expect(refused('apps/intake/src/sla/commands/sneaky/sneaky.command.ts', lines, 'no-restricted-syntax')).toEqual([1, 3]);
    });

    it('refuses cases/ reaching past the port, and accepts the port', () => {
      const past = ["import { SlaHooks } from '../../sla/integration/sla-hooks';", 'export const h = SlaHooks;'];
      expect(refused('apps/intake/src/cases/commands/sneaky/sneaky.command.ts', past, 'no-restricted-syntax')).toEqual([1]);
      const port = ["import { SlaPort } from '../../sla/integration/sla.port';", 'export const p = SlaPort;'];
      expect(lintAs('apps/intake/src/cases/commands/fine/fine.command.ts', port.join('\n') + '\n').errors).toEqual([]);
    });
  });
});
