import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TimerSpec } from '@aftersales/platform-timers';
import { clockState, escalationSchedule } from '../domain/sla-clock';
import { nextRung } from '../domain/escalation-ladder.policy';
import { choosePlan, targetMinutes } from '../domain/sla-plan';
import { SlaClockStore } from '../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../infrastructure/sla-plan.store';
import { CaseClocksQuery } from '../queries/case-clocks/case-clocks.query';
import { SlaStepTimers, rungTimer } from '../timers/sla-step.timers';
import { CaseSlaSession } from './case-sla.session';
import { CaseClocksView, CaseSla, SlaCaseStart, SlaPort } from './sla.port';

/**
 * The SLA engine's entry points for the case commands (SlaPort). Each runs inside the caller's transaction, so a
 * case change and its clocks, ledgers and timers commit (or roll back) together.
 */
@Injectable()
export class SlaHooks extends SlaPort {
  constructor(
    private readonly clocks: SlaClockStore,
    private readonly plans: SlaPlanStore,
    private readonly timers: SlaStepTimers,
    private readonly view: CaseClocksQuery,
  ) {
    super();
  }

  /**
   * A case was opened: start the plan's clocks and schedule their timers. The hot path of case creation, so it is
   * computed in memory and written in three statements (clocks, ledger, timers).
   */
  async startClocks(m: EntityManager, start: SlaCaseStart): Promise<void> {
    const plan = choosePlan({ contractPlanCode: start.contractPlanCode }, await this.plans.cachedPlans(m));
    // A clock that starts on a later event (R-SLA-1 remote request, on-site arrangement) waits for it.
    const defs = (plan.clocks[start.priority] ?? []).filter((d) => !d.startOn);
    const rows = [];
    const timers: TimerSpec[] = [];
    for (const def of defs) {
      const target = targetMinutes(def, start.channel);
      const calendar = await this.plans.calendarFor(m, plan.calendarId, def.calendar, start.timeZone);
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
    await this.clocks.insertClocks(m, rows);
    await this.clocks.appendLedger(
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

  async within<T>(m: EntityManager, caseId: string, work: (clocks: CaseSla) => Promise<T>): Promise<T> {
    const session = new CaseSlaSession(m, caseId, this.clocks, this.plans);
    const result = await work(session);
    await session.save();
    return result;
  }

  caseClocks(m: EntityManager, caseId: string, now: Date): Promise<CaseClocksView> {
    return this.view.execute(m, caseId, now);
  }
}
