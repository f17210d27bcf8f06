import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SlaClock } from '../../domain/case-clocks';
import { EscalationStep } from '../../domain/sla-plan';
import { SlaClockStore } from '../../infrastructure/sla-clock.store';
import { SlaStepTimers, stepTimerKey } from '../../timers/sla-step.timers';

export interface CaseTimerView {
  key: string;
  kind: string;
  clock: string;
  step: number;
  dueAt: string;
  action: EscalationStep['action'];
  level: number;
  notifyRoles: string[];
  notifyAssignee: boolean;
  /** Why it fires then, in a sentence: the rung, its moment on the clock, and the rule behind the clock. */
  why: string;
  rule: string;
  attempts: number;
  lastError: string | null;
}

export interface CaseTimersView {
  caseId: string;
  now: string;
  timers: CaseTimerView[];
}

/**
 * Every pending timer of a case, read from the durable timer rows themselves (what will fire, not what the model
 * expects), each explained by the clock and ladder rung it belongs to (issue #15).
 */
@Injectable()
export class CaseTimersQuery {
  constructor(
    private readonly clocks: SlaClockStore,
    private readonly timers: SlaStepTimers,
  ) {}

  async execute(m: EntityManager, caseId: string, now: Date): Promise<CaseTimersView> {
    const clocks = await this.clocks.clocks(m, caseId);
    const pending = await this.timers.pendingOf(m, caseId);
    const timers: CaseTimerView[] = [];
    for (const t of pending) {
      const found = rungOf(caseId, clocks, t.key);
      if (!found) continue;
      const { clock, step, rung } = found;
      timers.push({
        key: t.key,
        kind: t.kind,
        clock: clock.clock,
        step,
        dueAt: t.dueAt.toISOString(),
        action: rung.action,
        level: rung.level,
        notifyRoles: rung.notifyRoles,
        notifyAssignee: rung.notifyAssignee ?? false,
        why: `${rung.reason}: ${rung.action} at ${when(rung, clock.targetMinutes)} of the ${clock.clock} clock (${clock.definition.rule})`,
        rule: clock.definition.rule,
        attempts: t.attempts,
        lastError: t.lastError,
      });
    }
    return { caseId, now: now.toISOString(), timers };
  }
}

/** The clock and rung a timer key belongs to: `sla:<case>:<clock>:<step>`, or that with `@<ms>` when re-armed. */
function rungOf(caseId: string, clocks: readonly SlaClock[], key: string): { clock: SlaClock; step: number; rung: EscalationStep } | undefined {
  for (const clock of clocks) {
    for (let step = 0; step < clock.definition.escalation.length; step++) {
      const base = stepTimerKey(caseId, clock.clock, step);
      if (key === base || key.startsWith(`${base}@`)) return { clock, step, rung: clock.definition.escalation[step] };
    }
  }
  return undefined;
}

function when(rung: EscalationStep, targetMinutes: number): string {
  if ('percentOfTarget' in rung.at) return `${rung.at.percentOfTarget} % of the ${targetMinutes} min target`;
  return `${rung.at.afterBreachMinutes} min after the deadline`;
}
