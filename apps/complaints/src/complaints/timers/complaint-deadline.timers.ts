import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers, TimerSpec } from '@aftersales/platform-timers';
import { DeadlineKind, DeadlineRules, DeadlineRung, warningAt } from '../domain/complaint-deadlines';
import { awaitsAcknowledgement, isUnsolved } from '../domain/complaint-lifecycle';
import { ComplaintEntity } from '../infrastructure/complaint.entity';

/**
 * R-CP-4: the durable timers of a complaint's two deadlines: a warning before each, and the first rung of the
 * escalation ladder at the deadline (the second rung is scheduled when the first fires). The kind and the keys are
 * stored in platform_timer rows: never rename them. A renegotiated deadline has a new generation, so the timers of
 * the old one, fired or not, never fire for the new one.
 */
export const COMPLAINT_DEADLINE_TIMER = 'complaint-deadline';

export interface ComplaintDeadlinePayload {
  complaintId: string;
  deadline: DeadlineKind;
  generation: number;
  rung: DeadlineRung;
}

const prefix = (complaintId: string, deadline?: DeadlineKind) => `complaint:${complaintId}:${deadline ? `${deadline}:` : ''}`;
const key = (p: ComplaintDeadlinePayload) => `${prefix(p.complaintId, p.deadline)}g${p.generation}:${p.rung}`;
const spec = (p: ComplaintDeadlinePayload, fireAt: Date): TimerSpec => ({ key: key(p), kind: COMPLAINT_DEADLINE_TIMER, fireAt, payload: { ...p } });

@Injectable()
export class ComplaintDeadlineTimers {
  constructor(private readonly timers: DurableTimers) {}

  /**
   * Schedules the timers of the deadlines still running for the complaint as it now is; `handlingFrom` is when
   * its handling deadline was last set (registration or renegotiation), from which the warning is reckoned.
   */
  async scheduleRunning(m: EntityManager, c: ComplaintEntity, rules: DeadlineRules, handlingFrom: Date): Promise<void> {
    const specs: TimerSpec[] = [];
    if (awaitsAcknowledgement(c.status)) {
      const base = { complaintId: c.id, deadline: 'acknowledgement' as const, generation: 1 };
      specs.push(spec({ ...base, rung: 'warning' }, warningAt(rules, c.openedAt, c.acknowledgeBy)), spec({ ...base, rung: 'level-1' }, c.acknowledgeBy));
    }
    if (isUnsolved(c.status)) {
      const base = { complaintId: c.id, deadline: 'handling' as const, generation: c.deadlineGeneration };
      specs.push(spec({ ...base, rung: 'warning' }, warningAt(rules, handlingFrom, c.dueAt)), spec({ ...base, rung: 'level-1' }, c.dueAt));
    }
    await this.timers.schedule(m, specs);
  }

  /** The second rung of a ladder, at the first level's reaction deadline. */
  scheduleNextLevel(m: EntityManager, p: ComplaintDeadlinePayload, fireAt: Date): Promise<void> {
    return this.timers.schedule(m, spec({ ...p, rung: 'level-2' }, fireAt));
  }

  /** A deadline met (acknowledged, resolved) or moved: its pending timers go. */
  async cancel(m: EntityManager, complaintId: string, deadline?: DeadlineKind): Promise<void> {
    await this.timers.cancelPrefix(m, prefix(complaintId, deadline));
  }

  /** What is due when, for the complaint's view. */
  async pendingOf(m: EntityManager, complaintId: string): Promise<{ key: string; dueAt: Date }[]> {
    return (await this.timers.pending(m, prefix(complaintId))).map((t) => ({ key: t.key, dueAt: t.dueAt }));
  }
}
