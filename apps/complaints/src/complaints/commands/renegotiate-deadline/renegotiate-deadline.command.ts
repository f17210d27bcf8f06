import { Injectable } from '@nestjs/common';
import { ComplaintDeadlineRenegotiatedV1 } from '@aftersales/contracts-complaints';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { complaintClosed, deadlineNotRunning, ruled } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { renegotiate } from '../../domain/complaint-deadlines';
import { isUnsolved } from '../../domain/complaint-lifecycle';
import { complaintDeadlineRenegotiatedData } from '../../integration/complaint-deadline-renegotiated.mapping';
import { ComplaintDeadlineTimers } from '../../timers/complaint-deadline.timers';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { RenegotiateDeadlineRequest } from './renegotiate-deadline.request';

/**
 * R-CP-4: a handling deadline agreed anew with the complainant, with why. The timers move: the old deadline's
 * warning and ladder are cancelled (those that fired stay fired), the new one's start as a new generation.
 */
@Injectable()
export class RenegotiateDeadlineCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
    private readonly timers: ComplaintDeadlineTimers,
  ) {}

  execute(id: string, request: RenegotiateDeadlineRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      if (c.status === 'closed') throw complaintClosed(c.id);
      if (!isUnsolved(c.status)) throw deadlineNotRunning(c.id);
      const previousDueAt = c.dueAt;
      c.dueAt = ruled(() => renegotiate(now, new Date(request.dueAt)));
      c.deadlineGeneration += 1;
      await this.timers.cancel(m, c.id, 'handling');
      await this.timers.scheduleRunning(m, c, this.changes.rules().deadlines, now);
      const actor = actorOf(user);
      await this.changes.journal(m, c, [
        { actor, kind: 'deadline-renegotiated', note: `Handling deadline moved from ${previousDueAt.toISOString()} to ${c.dueAt.toISOString()}: ${request.reason}`, at: now, detail: { previousDueAt: previousDueAt.toISOString(), dueAt: c.dueAt.toISOString() } },
      ]);
      await this.changes.publish(m, c, ComplaintDeadlineRenegotiatedV1, complaintDeadlineRenegotiatedData(c, { previousDueAt, reason: request.reason, actor, at: now }));
    });
  }
}
