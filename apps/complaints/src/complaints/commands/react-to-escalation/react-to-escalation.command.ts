import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { noEscalationToReactTo } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { ReactToEscalationRequest } from './react-to-escalation.request';

/** R-CP-4: a level of the ladder reacts to its escalation; reacting by its reaction deadline keeps the next level out. */
@Injectable()
export class ReactToEscalationCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly complaints: ComplaintRepository,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, request: ReactToEscalationRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      const escalation = await this.complaints.openEscalation(m, c.id, request.level);
      if (!escalation || escalation.reactedAt) throw noEscalationToReactTo(c.id, request.level);
      const actor = actorOf(user);
      Object.assign(escalation, { reactedAt: now, reactedBy: actor, reaction: request.note });
      await this.complaints.saveEscalation(m, escalation);
      await this.changes.journal(m, c, [
        { actor, kind: 'escalation-reacted', visibility: 'internal', note: request.note, at: now, detail: { level: request.level, deadline: escalation.deadline, inTime: now.getTime() <= escalation.reactBy.getTime() } },
      ]);
    });
  }
}
