import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers, TimerSpec } from '@aftersales/platform-timers';
import { RungPlan } from '../domain/case-clocks';

/**
 * The rung timers of the escalation ladders (R-SLA-3): a running clock has one pending timer, for its next rung.
 * The kind and the key are stored in platform_timer rows: they stay as they are, so timers written before still fire.
 */
export const SLA_STEP_TIMER = 'sla-step';

export interface SlaStepPayload {
  caseId: string;
  clock: string;
  step: number;
}

export const stepTimerKey = (caseId: string, clock: string, step: number) => `sla:${caseId}:${clock}:${step}`;

/** The one pending timer of a clock: its next rung. */
export function rungTimer(caseId: string, clock: string, next: { step: number; fireAt: Date }): TimerSpec {
  const payload: SlaStepPayload = { caseId, clock, step: next.step };
  return { key: stepTimerKey(caseId, clock, next.step), kind: SLA_STEP_TIMER, fireAt: next.fireAt, payload: { ...payload } };
}

/** A claimed rung that is not due after all (the deadline moved): the same rung again at its new moment. */
export function rungTimerAgain(key: string, fireAt: Date, payload: SlaStepPayload): TimerSpec {
  return { key: `${key}@${fireAt.getTime()}`, kind: SLA_STEP_TIMER, fireAt, payload: { ...payload } };
}

/** Where the SLA engine schedules and cancels its rung timers, in the caller's transaction. */
@Injectable()
export class SlaStepTimers {
  constructor(private readonly timers: DurableTimers) {}

  /** Schedules rung timers made by `rungTimer` / `rungTimerAgain` (one statement for many). */
  schedule(m: EntityManager, specs: TimerSpec | TimerSpec[]): Promise<void> {
    return this.timers.schedule(m, specs);
  }

  /** The pending rung timers of a case, earliest first ("what is due when, and why", issue #15). */
  pendingOf(m: EntityManager, caseId: string): Promise<{ key: string; kind: string; dueAt: Date; attempts: number; lastError: string | null }[]> {
    return this.timers.pending(m, `sla:${caseId}:`);
  }

  /**
   * Moves the rung timers of a case's clocks to their plans in two statements: every other rung of each clock is
   * cancelled, its next one scheduled.
   */
  async scheduleRungs(m: EntityManager, caseId: string, plans: Iterable<RungPlan>): Promise<void> {
    const cancel: string[] = [];
    const schedule: TimerSpec[] = [];
    for (const plan of plans) {
      for (let step = 0; step < plan.steps; step++) {
        if (step !== plan.next?.step) cancel.push(stepTimerKey(caseId, plan.clock, step));
      }
      if (plan.next) schedule.push(rungTimer(caseId, plan.clock, plan.next));
    }
    await this.timers.cancel(m, cancel);
    await this.timers.schedule(m, schedule);
  }
}
