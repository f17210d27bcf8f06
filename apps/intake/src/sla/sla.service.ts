import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DurableTimers, TimerSpec } from '@aftersales/platform-timers';
import type { CaseStatus } from '../cases/domain/case-lifecycle';
import { ScheduledStep, StatusPause, clockState, escalationSchedule } from './domain/sla-clock';
import { ClockDefinition, Priority, SlaPlan, choosePlan, targetMinutes } from './domain/sla-plan';
import { ClockRow, LedgerEntry, PauseRow, SlaStore } from './infrastructure/sla.store';

/** What the SLA engine needs to know of a case when its clocks start. */
export interface SlaCaseStart {
  caseId: string;
  priority: Priority;
  channel: string;
  openedAt: Date;
  /** The contract's SLA plan code from warranty's entitlement, when known (R-SLA-1 premium 7x24). */
  contractPlanCode?: string | null;
  /** The site's IANA zone (R-SLA-6); the plan calendar's own when the case names no site. */
  timeZone?: string | null;
}

/** Milestones that meet a clock without a status change (e.g. the diagnosis, R-SLA-3). */
export type SlaMilestone = 'diagnosed' | 'on-site' | 'customer-contacted';

export const SLA_STEP_TIMER = 'sla-step';

export const stepTimerKey = (caseId: string, clock: string, step: number) => `sla:${caseId}:${clock}:${step}`;

/**
 * The next rung of a ladder to fire: the earliest one that has not fired (a clock keeps one pending timer, for it;
 * when it fires, the handler schedules the one after).
 */
export function nextRung(schedule: readonly ScheduledStep[], fired: readonly number[]): { step: number; fireAt: Date } | null {
  let next: { step: number; fireAt: Date } | null = null;
  schedule.forEach((s, step) => {
    if (!s.fireAt || fired.includes(step)) return;
    if (!next || s.fireAt < next.fireAt) next = { step, fireAt: s.fireAt };
  });
  return next;
}

/** The one pending timer of a clock: its next rung. */
export function rungTimer(caseId: string, clock: string, next: { step: number; fireAt: Date }): TimerSpec {
  return { key: stepTimerKey(caseId, clock, next.step), kind: SLA_STEP_TIMER, fireAt: next.fireAt, payload: { caseId, clock, step: next.step } };
}

/** The pauses that hold one clock: the case's status pauses on the clock's statuses, and the clock's own. */
export function pausesFor(row: Pick<ClockRow, 'clock' | 'definition'>, pauses: readonly PauseRow[]): StatusPause[] {
  return pauses.filter((p) => (p.clock === null ? row.definition.pauseOn.includes(p.status) : p.clock === row.clock));
}

/**
 * The SLA engine's entry points for the case commands. Each runs inside the caller's transaction, so a case
 * change and its clocks, ledgers and timers commit (or roll back) together. Every change ends in `recompute`,
 * which derives each clock's deadline from its start, target, calendar and pauses (pure, sla-clock.ts) and moves
 * the clock's escalation timers to match.
 */
@Injectable()
export class SlaService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Sla');

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SlaStore,
    private readonly timers: DurableTimers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((m) => this.store.ensureDefaults(m));
  }

  /**
   * A case was opened: start the plan's clocks and schedule their timers. The hot path of case creation, so it is
   * computed in memory and written in three statements (clocks, ledger, timers).
   */
  async startClocks(m: EntityManager, start: SlaCaseStart): Promise<void> {
    const plan = choosePlan({ contractPlanCode: start.contractPlanCode }, await this.store.cachedPlans(m));
    const defs = plan.clocks[start.priority] ?? [];
    const rows = [];
    const timers: TimerSpec[] = [];
    for (const def of defs) {
      const target = targetMinutes(def, start.channel);
      const calendar = await this.store.calendarFor(m, plan.calendarId, def.calendar, start.timeZone);
      const input = { definition: def, targetMinutes: target, calendar, startedAt: start.openedAt, pauses: [] };
      const state = clockState({ ...input, now: start.openedAt });
      rows.push({
        caseId: start.caseId,
        clock: def.clock,
        planCode: plan.code,
        priority: start.priority,
        channel: start.channel,
        targetMinutes: target,
        calendarId: plan.calendarId,
        timeZone: start.timeZone ?? null,
        definition: def,
        startedAt: start.openedAt,
        dueAt: state.dueAt,
        state: state.state,
      });
      const next = nextRung(escalationSchedule(input), []);
      if (next) timers.push(rungTimer(start.caseId, def.clock, next));
    }
    await this.store.insertClocks(m, rows);
    await this.store.appendLedger(
      m,
      start.caseId,
      rows.map((r) => ({
        clock: r.clock,
        at: start.openedAt,
        kind: 'started',
        rule: r.definition.rule,
        detail: { plan: plan.code, priority: start.priority, channel: start.channel, targetMinutes: r.targetMinutes, calendar: r.definition.calendar === '24x7' ? '24x7' : plan.calendarId },
      })),
    );
    await this.timers.schedule(m, timers);
  }

  /** A status change: pauses or resumes clocks (R-SLA-6), meets the clocks the new status stops, restarts on reopen. */
  async onStatusChanged(m: EntityManager, caseId: string, from: CaseStatus, to: CaseStatus, at: Date): Promise<void> {
    if (from === to) return;
    const clocks = await this.store.clocks(m, caseId, true);
    if (clocks.length === 0) return;
    const ledger: LedgerEntry[] = [];
    const ended = await this.store.closePause(m, caseId, at);
    if (ended) {
      for (const c of clocks.filter((c) => !c.stoppedAt && c.definition.pauseOn.includes(ended))) {
        ledger.push({ clock: c.clock, at, kind: 'resumed', rule: 'R-SLA-6: the clock runs again', detail: { from: ended, to } });
      }
    }
    if (clocks.some((c) => c.definition.pauseOn.includes(to))) {
      await this.store.openPause(m, caseId, to, at);
      for (const c of clocks.filter((c) => !c.stoppedAt && c.definition.pauseOn.includes(to))) {
        ledger.push({ clock: c.clock, at, kind: 'paused', rule: `R-SLA-6: paused while the case is ${to}`, detail: { status: to } });
      }
    }
    if (to === 'reopened') {
      // The time the case spent resolved or closed does not count: a paused stretch of the clock, then it runs on.
      for (const c of clocks.filter((c) => c.stoppedAt && ['resolved', 'closed'].includes(c.stoppedBy ?? ''))) {
        await this.store.openPause(m, caseId, c.stoppedBy as string, c.stoppedAt as Date, c.clock, at);
        await this.store.updateClock(m, c.id, { stoppedAt: null, stoppedBy: null });
        c.stoppedAt = null;
        ledger.push({ clock: c.clock, at, kind: 'restarted', rule: 'R-IN-7: a reopened case runs its clock on', detail: { from } });
      }
    }
    ledger.push(...(await this.stop(m, clocks, to, at)));
    await this.store.appendLedger(m, caseId, ledger);
    await this.recompute(m, caseId, at);
  }

  /** A milestone such as the diagnosis meets the clocks that stop on it. */
  async onMilestone(m: EntityManager, caseId: string, milestone: SlaMilestone, at: Date): Promise<void> {
    const clocks = await this.store.clocks(m, caseId, true);
    await this.store.appendLedger(m, caseId, await this.stop(m, clocks, milestone, at));
    await this.recompute(m, caseId, at);
  }

  /** A priority change recomputes the open deadlines from the original start under the new targets (R-IN-5). */
  async onPriorityChanged(m: EntityManager, caseId: string, from: Priority, to: Priority, at: Date): Promise<void> {
    if (from === to) return;
    const clocks = await this.store.clocks(m, caseId, true);
    if (clocks.length === 0) return;
    const plan = (await this.store.cachedPlans(m)).find((p) => p.code === clocks[0].planCode);
    if (!plan) return;
    await this.adopt(m, caseId, clocks, plan, to, at, { reason: 'priority-changed', from, to });
  }

  /** The contract's plan became known (warranty's entitlement): the case moves to that plan's clocks (R-SLA-1). */
  async onPlanKnown(m: EntityManager, caseId: string, contractPlanCode: string | null, at: Date): Promise<void> {
    const clocks = await this.store.clocks(m, caseId, true);
    if (clocks.length === 0) return;
    const plan = choosePlan({ contractPlanCode }, await this.store.cachedPlans(m));
    if (plan.code === clocks[0].planCode) return;
    await this.adopt(m, caseId, clocks, plan, clocks[0].priority as Priority, at, { reason: 'plan-changed', from: clocks[0].planCode, to: plan.code });
  }

  /**
   * Recomputes every clock of a case at `now`: state and deadline from the pure clock model, and the escalation
   * timers moved to the new moments (a stopped or paused clock has none pending).
   */
  async recompute(m: EntityManager, caseId: string, now: Date): Promise<void> {
    const clocks = await this.store.clocks(m, caseId, true);
    const pauses = await this.store.pauses(m, caseId);
    for (const c of clocks) {
      const calendar = await this.store.calendarFor(m, c.calendarId, c.definition.calendar, c.timeZone);
      const own = pausesFor(c, pauses);
      const state = clockState({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own, stoppedAt: c.stoppedAt, now });
      await this.store.updateClock(m, c.id, { dueAt: state.dueAt, state: state.state });
      const keys = c.definition.escalation.map((_, i) => stepTimerKey(caseId, c.clock, i));
      if (c.stoppedAt || state.dueAt === null) {
        await this.timers.cancel(m, keys);
        continue;
      }
      const next = nextRung(escalationSchedule({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own }), c.firedSteps);
      await this.timers.cancel(m, next ? keys.filter((_, i) => i !== next.step) : keys);
      if (next) await this.timers.schedule(m, rungTimer(caseId, c.clock, next));
    }
  }

  /** The deadlines of a case's running clocks, for dispatch to plan the work inside them. */
  async dueTimes(m: EntityManager, caseId: string): Promise<{ clock: string; dueAt: string; rule: string }[]> {
    const clocks = await this.store.clocks(m, caseId);
    return clocks.filter((c) => !c.stoppedAt && c.dueAt).map((c) => ({ clock: c.clock, dueAt: (c.dueAt as Date).toISOString(), rule: c.definition.rule }));
  }

  private async stop(m: EntityManager, clocks: ClockRow[], by: string, at: Date): Promise<LedgerEntry[]> {
    const ledger: LedgerEntry[] = [];
    for (const c of clocks.filter((c) => !c.stoppedAt && c.definition.stopOn.includes(by))) {
      await this.store.updateClock(m, c.id, { stoppedAt: at, stoppedBy: by });
      c.stoppedAt = at;
      c.stoppedBy = by;
      const late = c.dueAt !== null && at > c.dueAt;
      ledger.push({ clock: c.clock, at, kind: late ? 'stopped-late' : 'met', rule: c.definition.rule, detail: { by, dueAt: c.dueAt?.toISOString() ?? null } });
    }
    return ledger;
  }

  /** Moves a case's clocks onto a plan's definitions for a priority, keeping each clock's start and pauses. */
  private async adopt(
    m: EntityManager,
    caseId: string,
    clocks: ClockRow[],
    plan: SlaPlan,
    priority: Priority,
    at: Date,
    why: { reason: 'priority-changed' | 'plan-changed'; from: string; to: string },
  ): Promise<void> {
    const defs: ClockDefinition[] = plan.clocks[priority] ?? [];
    const facts = await this.store.caseFacts(m, caseId);
    const ledger: LedgerEntry[] = [];
    const startedAt = clocks.reduce((min, c) => (c.startedAt < min ? c.startedAt : min), clocks[0].startedAt);
    for (const def of defs) {
      const existing = clocks.find((c) => c.clock === def.clock);
      const target = targetMinutes(def, existing?.channel ?? facts?.channel ?? '');
      if (existing) {
        await this.store.updateClock(m, existing.id, { planCode: plan.code, priority, targetMinutes: target, calendarId: plan.calendarId, definition: def });
      } else {
        // A clock the new plan adds runs from the case's opening; met at once if the case is already past it.
        const metBy = facts && def.stopOn.includes(facts.status) ? facts.status : null;
        await this.store.insertClocks(m, [
          {
            caseId,
            clock: def.clock,
            planCode: plan.code,
            priority,
            channel: facts?.channel ?? '',
            targetMinutes: target,
            calendarId: plan.calendarId,
            timeZone: clocks[0].timeZone,
            definition: def,
            startedAt,
            stoppedAt: metBy ? at : null,
            stoppedBy: metBy,
            dueAt: null, // set by the recompute below
            state: 'running',
          },
        ]);
      }
      ledger.push({ clock: def.clock, at, kind: 'recomputed', rule: def.rule, detail: { ...why, targetMinutes: target, previousTargetMinutes: existing?.targetMinutes ?? null } });
    }
    for (const gone of clocks.filter((c) => !c.stoppedAt && !defs.some((d) => d.clock === c.clock))) {
      await this.store.updateClock(m, gone.id, { stoppedAt: at, stoppedBy: why.reason });
      ledger.push({ clock: gone.clock, at, kind: 'withdrawn', rule: `the ${plan.code} plan has no ${gone.clock} clock for ${priority}`, detail: why });
    }
    await this.store.appendLedger(m, caseId, ledger);
    await this.recompute(m, caseId, at);
    this.logger.debug(`case ${caseId}: clocks ${why.reason} ${why.from} -> ${why.to}`);
  }
}
