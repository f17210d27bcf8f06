import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { compensationNotApproved } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';

/** The proposed resolution goes to the complainant, who accepts or rejects it; one needing approval must have it. */
@Injectable()
export class OfferResolutionCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      if (c.status === 'resolution-proposed' && c.resolution?.approvalRequired && !c.compensationDecision?.approved) {
        throw compensationNotApproved(c.id, this.changes.rules().compensationApprovalAboveMinor);
      }
      await this.changes.changeStatus(m, c, 'awaiting-customer', { actor: actorOf(user), reason: null, at: now });
      await this.changes.journal(m, c, [{ actor: actorOf(user), kind: 'resolution-offered', note: c.resolution?.actionsTaken ?? '', at: now }]);
    });
  }
}
