import { Injectable } from '@nestjs/common';
import { CaseEscalatedV1, SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { LedgerEntry, pausesFor } from '../domain/case-clocks';
import { escalationAnswered, nextRung, rungOutcome } from '../domain/escalation-ladder.policy';
import { clockState, escalationSchedule } from '../domain/sla-clock';
import { SlaClockStore } from '../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../infrastructure/sla-plan.store';
import { caseEscalatedData } from '../integration/case-escalated.mapping';
import { SlaRecipients, slaClockRef } from '../integration/sla-clock-ref';
import { slaBreachedData } from '../integration/sla-breached.mapping';
import { SlaCaseRecord } from '../integration/sla.port';
import { slaWarningData } from '../integration/sla-warning.mapping';
import { SLA_STEP_TIMER, SlaStepPayload, SlaStepTimers, rungTimer, rungTimerAgain } from './sla-step.timers';

const MINUTE = 60_000;

/**
 * Fires a rung of a clock's escalation ladder (R-SLA-3, R-SLA-7) in the timer's own transaction: the warning,
 * breach and escalation events, the ledger and the case's activity log commit together with the firing, so each
 * rung is announced exactly once across restarts and replicas. The case's clocks are read once and written once.
 */
@Injectable()
export class OnSlaStepDueTimer {
  constructor(
    private readonly clocks: SlaClockStore,
    private readonly plans: SlaPlanStore,
    private readonly cases: SlaCaseRecord,
    private readonly outbox: OutboxService,
    private readonly timers: SlaStepTimers,
  ) {}

  @OnTimer(SLA_STEP_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const payload = timer.payload as unknown as SlaStepPayload;
    const { caseId, clock, step } = payload;
    const loaded = await this.clocks.load(m, caseId, true);
    const row = loaded.clocks.find((c) => c.clock === clock);
    const rung = row?.definition.escalation[step];
    // A clock met or withdrawn since: its timers were cancelled with the change; nothing is due. A rung fires once.
    if (!row || !rung || row.stoppedAt || row.firedSteps.includes(step)) return;
    const calendar = await this.plans.calendarFor(m, row.calendarId, row.definition.calendar, row.timeZone);
    const input = { definition: row.definition, targetMinutes: row.targetMinutes, calendar, startedAt: row.startedAt, pauses: pausesFor(row, loaded.pauses) };
    const state = clockState({ ...input, now });
    if (state.state === 'paused') return;
    const schedule = escalationSchedule(input);
    const fireAt = schedule[step]?.fireAt;
    if (!fireAt) return;
    if (fireAt.getTime() > now.getTime() + 1000) {
      // Not due after all (the deadline moved after this round claimed the timer): wait for the new moment.
      await this.timers.schedule(m, rungTimerAgain(timer.key, fireAt, payload));
      return;
    }
    const facts = await this.cases.facts(m, caseId);
    if (!facts) return;
    const dueAt = state.dueAt as Date;
    const tellAssignee = rung.notifyAssignee && facts.assigneeId;
    // Issue #15: the engineer is named, by id and by name, so the notice reads "Li Wei, ..." and not a user id.
    const recipients: SlaRecipients = {
      roles: rung.notifyRoles,
      users: tellAssignee ? [facts.assigneeId as string] : [],
      ...(tellAssignee ? { assignee: { id: facts.assigneeId as string, name: facts.assigneeName ?? null } } : {}),
      channels: ['email', 'sms'],
    };
    const ref = slaClockRef(row, facts.caseNumber, calendar.id);
    const outcome = rungOutcome(rung, !!row.breachedAt);
    const ledger: LedgerEntry[] = [];
    // Every event of the clock is one more version of it (the envelope's sequence).
    const sequence = () => ++row.version;

    if (outcome.warningAt !== null) {
      const data = slaWarningData(ref, rung, { percentOfTarget: outcome.warningAt, dueAt, remainingMinutes: Math.ceil(state.remainingMs / MINUTE), recipients, warnedAt: now });
      await this.outbox.append(m, SlaWarningV1, { aggregateId: row.id, sequence: sequence(), data });
      ledger.push({ clock, at: now, kind: 'warning', rule: rung.reason, detail: { level: rung.level, percentOfTarget: outcome.warningAt, recipients } });
    }
    if (outcome.breach) {
      row.breachedAt = dueAt;
      await this.outbox.append(m, SlaBreachedV1, { aggregateId: row.id, sequence: sequence(), data: slaBreachedData(ref, { dueAt, breachedAt: now, recipients }) });
      ledger.push({ clock, at: now, kind: 'breached', rule: row.definition.rule, detail: { dueAt: dueAt.toISOString(), recipients } });
    }
    if (outcome.escalate) {
      const below = 'afterBreachMinutes' in rung.at ? (await this.clocks.escalations(m, caseId)).find((e) => e.clock === clock && e.level === rung.level - 1) : undefined;
      if (below && escalationAnswered(rung, below)) {
        ledger.push({ clock, at: now, kind: 'escalation-not-needed', rule: rung.reason, detail: { level: rung.level, reactedAt: below.reactedAt?.toISOString(), reactedBy: below.reactedBy } });
      } else {
        const reactBy = rung.reactWithinMinutes ? new Date(now.getTime() + rung.reactWithinMinutes * MINUTE) : null;
        await this.clocks.insertEscalation(m, { caseId, clock, level: rung.level, reason: rung.reason, recipients, escalatedAt: now, reactBy });
        const data = caseEscalatedData(ref, rung, { recipients, reactBy, dueAt, escalatedAt: now });
        await this.outbox.append(m, CaseEscalatedV1, { aggregateId: row.id, sequence: sequence(), data });
        ledger.push({ clock, at: now, kind: 'escalated', rule: rung.reason, detail: { level: rung.level, action: rung.action, recipients, reactBy: reactBy?.toISOString() ?? null } });
      }
    }
    // This rung is done; the clock's one pending timer moves to the next rung (it fires in the next round if due).
    row.firedSteps = [...row.firedSteps, step];
    loaded.touch(row);
    loaded.ledger.push(...ledger);
    await this.clocks.save(m, loaded);
    const next = nextRung(schedule, row.firedSteps);
    if (next) await this.timers.schedule(m, rungTimer(caseId, clock, next));
    await this.cases.log(
      m,
      caseId,
      ledger.map((entry) => ({ actor: 'system:sla', kind: `sla-${entry.kind}`, visibility: 'internal' as const, at: now, detail: { clock, rule: entry.rule, ...entry.detail } })),
    );
  }
}
