import { Injectable } from '@nestjs/common';
import { ComplaintDeadlineWarningV1, ComplaintEscalatedV1, ComplaintNotify } from '@aftersales/contracts-complaints';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { ComplaintChanges } from '../commands/complaint-changes';
import { reactBy } from '../domain/complaint-deadlines';
import { awaitsAcknowledgement, isUnsolved } from '../domain/complaint-lifecycle';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { ComplaintRepository } from '../infrastructure/complaint.repository';
import { complaintDeadlineWarningData } from '../integration/complaint-deadline-warning.mapping';
import { complaintEscalatedData } from '../integration/complaint-escalated.mapping';
import { notifyOf } from '../integration/complaint-notify';
import { COMPLAINT_DEADLINE_TIMER, ComplaintDeadlinePayload, ComplaintDeadlineTimers } from './complaint-deadline.timers';

/** R-CP-4: level 1 tells the officer's manager (and the officer), level 2 management (and the manager). */
const LADDER: Record<1 | 2, ComplaintNotify[number]['audience'][]> = { 1: ['manager', 'officer'], 2: ['management', 'manager'] };

/**
 * Fires a complaint's deadline warning or a rung of its escalation ladder (R-CP-4) in the timer's own transaction:
 * the event, the journal entry, the escalation record and the next rung's timer commit with the firing, so each is
 * announced once across restarts and replicas (and complaint_escalations holds one row per level, whatever happens).
 */
@Injectable()
export class OnComplaintDeadlineDueTimer {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly changes: ComplaintChanges,
    private readonly timers: ComplaintDeadlineTimers,
  ) {}

  @OnTimer(COMPLAINT_DEADLINE_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const p = timer.payload as unknown as ComplaintDeadlinePayload;
    const c = await this.complaints.forUpdate(m, p.complaintId);
    // Met (acknowledged, resolved) or moved (renegotiated) since: nothing is due.
    if (!c || !stillRunning(c, p)) return;
    const dueAt = p.deadline === 'acknowledgement' ? c.acknowledgeBy : c.dueAt;
    const label = p.deadline === 'acknowledgement' ? 'Acknowledgement' : 'Handling';
    if (p.rung === 'warning') {
      await this.changes.journal(m, c, [{ actor: 'system:complaints', kind: 'deadline-warning', visibility: 'internal', note: `${label} deadline ${dueAt.toISOString()} is close`, at: now, detail: { deadline: p.deadline } }]);
      await this.changes.publish(m, c, ComplaintDeadlineWarningV1, complaintDeadlineWarningData(c, p.deadline, dueAt, now));
    } else {
      const level = p.rung === 'level-1' ? 1 : 2;
      if (level === 2) {
        // R-CP-4: the manager reacted within their reaction deadline: management is not told.
        const below = await this.complaints.escalationBelow(m, c.id, p.deadline, p.generation);
        if (below?.reactedAt && below.reactedAt.getTime() <= now.getTime()) {
          await this.changes.journal(m, c, [
            { actor: 'system:complaints', kind: 'escalation-not-needed', visibility: 'internal', note: `Level 1 reacted at ${below.reactedAt.toISOString()}: management not told`, at: now, detail: { deadline: p.deadline } },
          ]);
          await this.complaints.save(m, c);
          return;
        }
      }
      const rules = this.changes.rules().deadlines;
      const escalation = { complaintId: c.id, deadline: p.deadline, generation: p.generation, level, dueAt, escalatedAt: now, reactBy: reactBy(rules, level, now), notify: notifyOf(c, LADDER[level]) };
      if (!(await this.complaints.recordEscalation(m, escalation))) return;
      await this.changes.journal(m, c, [
        { actor: 'system:complaints', kind: 'escalated', visibility: 'internal', note: `${label} deadline ${dueAt.toISOString()} missed: escalated to level ${level}, to react by ${escalation.reactBy.toISOString()}`, at: now, detail: { deadline: p.deadline, level } },
      ]);
      await this.changes.publish(m, c, ComplaintEscalatedV1, complaintEscalatedData(c, escalation));
      if (level === 1) await this.timers.scheduleNextLevel(m, p, escalation.reactBy);
    }
    await this.complaints.save(m, c);
  }
}

function stillRunning(c: ComplaintEntity, p: ComplaintDeadlinePayload): boolean {
  if (p.deadline === 'acknowledgement') return awaitsAcknowledgement(c.status);
  return isUnsolved(c.status) && p.generation === c.deadlineGeneration;
}
