import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseEscalatedV1, SlaBreachedV1, SlaBreachedV1Data, SlaWarningV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, DurableTimers, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { CaseActivityEntity } from '../cases/infrastructure/case.entity';
import { clockState, escalationSchedule } from './domain/sla-clock';
import { EscalationStep } from './domain/sla-plan';
import { ClockRow, LedgerEntry, SlaStore } from './infrastructure/sla.store';
import { SLA_STEP_TIMER, nextRung, pausesFor, rungTimer } from './sla.service';

interface StepPayload {
  caseId: string;
  clock: string;
  step: number;
}

const MINUTE = 60_000;

type ClockRef = Pick<SlaBreachedV1Data, 'caseId' | 'caseNumber' | 'priority' | 'planCode' | 'clock' | 'targetMinutes' | 'calendarId' | 'rule'>;
type Recipients = SlaBreachedV1Data['recipients'];

/**
 * Fires a rung of a clock's escalation ladder (R-SLA-3, R-SLA-7) in the timer's own transaction: the warning,
 * breach and escalation events, the ledger and the case's activity log commit together with the firing, so each
 * rung is announced exactly once across restarts and replicas.
 */
@Injectable()
export class SlaTimerHandler {
  constructor(
    private readonly store: SlaStore,
    private readonly outbox: OutboxService,
    private readonly timers: DurableTimers,
  ) {}

  @OnTimer(SLA_STEP_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const { caseId, clock, step } = timer.payload as unknown as StepPayload;
    const row = (await this.store.clocks(m, caseId, true)).find((c) => c.clock === clock);
    const rung = row?.definition.escalation[step];
    // A clock met or withdrawn since: its timers were cancelled with the change; nothing is due. A rung fires once.
    if (!row || !rung || row.stoppedAt || row.firedSteps.includes(step)) return;
    const calendar = await this.store.calendarFor(m, row.calendarId, row.definition.calendar, row.timeZone);
    const pauses = pausesFor(row, await this.store.pauses(m, caseId));
    const input = { definition: row.definition, targetMinutes: row.targetMinutes, calendar, startedAt: row.startedAt, pauses };
    const state = clockState({ ...input, now });
    if (state.state === 'paused') return;
    const schedule = escalationSchedule(input);
    const fireAt = schedule[step]?.fireAt;
    if (!fireAt) return;
    if (fireAt.getTime() > now.getTime() + 1000) {
      // Not due after all (the deadline moved after this round claimed the timer): wait for the new moment.
      await this.timers.schedule(m, { key: `${timer.key}@${fireAt.getTime()}`, kind: SLA_STEP_TIMER, fireAt, payload: timer.payload });
      return;
    }
    const facts = await this.store.caseFacts(m, caseId);
    if (!facts) return;
    const dueAt = state.dueAt as Date;
    const recipients: Recipients = { roles: rung.notifyRoles, users: rung.notifyAssignee && facts.assigneeId ? [facts.assigneeId] : [], channels: ['email', 'sms'] };
    const ref: ClockRef = {
      caseId,
      caseNumber: facts.caseNumber,
      priority: row.priority as 'P1' | 'P2' | 'P3' | 'P4',
      planCode: row.planCode,
      clock,
      targetMinutes: row.targetMinutes,
      calendarId: calendar.id,
      rule: row.definition.rule,
    };
    const ledger: LedgerEntry[] = [];
    let version = row.version;
    let breachedAt = row.breachedAt;
    const publish = async (fn: (sequence: number) => Promise<unknown>) => fn(++version);

    const percent = 'percentOfTarget' in rung.at ? rung.at.percentOfTarget : null;
    if (percent !== null && percent < 100) {
      await publish((sequence) =>
        this.outbox.append(m, SlaWarningV1, {
          aggregateId: row.id,
          sequence,
          data: {
            ...ref,
            level: rung.level,
            percentOfTarget: percent,
            dueAt: dueAt.toISOString(),
            remainingMinutes: Math.ceil(state.remainingMs / MINUTE),
            reason: rung.reason,
            recipients,
            warnedAt: now.toISOString(),
          },
        }),
      );
      ledger.push({ clock, at: now, kind: 'warning', rule: rung.reason, detail: { level: rung.level, percentOfTarget: percent, recipients } });
    } else {
      if (percent !== null && !row.breachedAt) {
        breachedAt = dueAt;
        await publish((sequence) =>
          this.outbox.append(m, SlaBreachedV1, {
            aggregateId: row.id,
            sequence,
            data: { ...ref, dueAt: dueAt.toISOString(), breachedAt: now.toISOString(), recipients },
          }),
        );
        ledger.push({ clock, at: now, kind: 'breached', rule: row.definition.rule, detail: { dueAt: dueAt.toISOString(), recipients } });
      }
      if (rung.action !== 'warn' && rung.level >= 1) {
        const escalated = await this.escalate(m, row, rung, { ref, recipients, dueAt, now, publish });
        ledger.push(escalated);
      }
    }
    // This rung is done; the clock's one pending timer moves to the next rung (it fires in the next round if due).
    const firedSteps = [...row.firedSteps, step];
    await this.store.updateClock(m, row.id, { version, breachedAt, firedSteps });
    const next = nextRung(schedule, firedSteps);
    if (next) await this.timers.schedule(m, rungTimer(caseId, clock, next));
    await this.store.appendLedger(m, caseId, ledger);
    if (ledger.length > 0) {
      await m.getRepository(CaseActivityEntity).insert(
        ledger.map((entry) => ({
          id: uuidv7(),
          caseId,
          at: now,
          actor: 'system:sla',
          kind: `sla-${entry.kind}`,
          visibility: 'internal' as const,
          detail: { clock, rule: entry.rule, ...entry.detail },
        })),
      );
    }
  }

  /** A rung with a level: raise the escalation unless the level below has reacted in time (R-SLA-3). */
  private async escalate(
    m: EntityManager,
    row: ClockRow,
    rung: EscalationStep,
    ctx: {
      ref: ClockRef;
      recipients: Recipients;
      dueAt: Date;
      now: Date;
      publish: (fn: (sequence: number) => Promise<unknown>) => Promise<unknown>;
    },
  ): Promise<LedgerEntry> {
    if ('afterBreachMinutes' in rung.at) {
      const below = (await this.store.escalations(m, row.caseId)).find((e) => e.clock === row.clock && e.level === rung.level - 1);
      if (below?.reactedAt) {
        return { clock: row.clock, at: ctx.now, kind: 'escalation-not-needed', rule: rung.reason, detail: { level: rung.level, reactedAt: below.reactedAt.toISOString(), reactedBy: below.reactedBy } };
      }
    }
    const reactBy = rung.reactWithinMinutes ? new Date(ctx.now.getTime() + rung.reactWithinMinutes * MINUTE) : null;
    await m.query(
      `INSERT INTO sla_escalation (id, case_id, clock, level, reason, recipients, escalated_at, react_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id, clock, level) DO NOTHING`,
      [uuidv7(), row.caseId, row.clock, rung.level, rung.reason, ctx.recipients, ctx.now, reactBy],
    );
    await ctx.publish((sequence) =>
      this.outbox.append(m, CaseEscalatedV1, {
        aggregateId: row.id,
        sequence,
        data: {
          ...ctx.ref,
          level: rung.level,
          action: rung.action,
          reason: rung.reason,
          recipients: ctx.recipients,
          reactWithinMinutes: rung.reactWithinMinutes ?? null,
          reactBy: reactBy?.toISOString() ?? null,
          dueAt: ctx.dueAt.toISOString(),
          escalatedAt: ctx.now.toISOString(),
        },
      }),
    );
    return { clock: row.clock, at: ctx.now, kind: 'escalated', rule: rung.reason, detail: { level: rung.level, action: rung.action, recipients: ctx.recipients, reactBy: reactBy?.toISOString() ?? null } };
  }
}
