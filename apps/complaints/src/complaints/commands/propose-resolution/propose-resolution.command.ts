import { Injectable } from '@nestjs/common';
import { ComplaintResolutionProposedV1 } from '@aftersales/contracts-complaints';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView } from '../../complaint.view';
import { compensationNeedsApproval } from '../../domain/complaint.policy';
import { ComplaintResolution } from '../../infrastructure/complaint.entity';
import { complaintResolutionProposedData } from '../../integration/complaint-resolution-proposed.mapping';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { ProposeResolutionRequest } from './propose-resolution.request';

/**
 * R-CP-2: the company's principles and proposed resolution, with any compensation and the root cause (R-CP-6).
 * A compensation above the configured amount waits for a manager's approval before the customer hears of it.
 */
@Injectable()
export class ProposeResolutionCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, request: ProposeResolutionRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      const actor = actorOf(user);
      await this.changes.changeStatus(m, c, 'resolution-proposed', { actor, reason: null, at: now });
      const compensation = request.compensation ?? null;
      const resolution: ComplaintResolution = {
        actionsTaken: request.actionsTaken,
        compensation,
        approvalRequired: compensationNeedsApproval(compensation, this.changes.rules().compensationApprovalAboveMinor),
        rootCause: request.rootCause,
        rootCauseDetail: request.rootCauseDetail ?? null,
        proposedBy: actor,
        proposedAt: now.toISOString(),
        customerResponse: null,
      };
      c.resolution = resolution;
      c.compensationDecision = null;
      await this.changes.journal(m, c, [
        { actor, kind: 'resolution-proposed', visibility: 'internal', note: request.actionsTaken, at: now, detail: { rootCause: request.rootCause, approvalRequired: resolution.approvalRequired } },
      ]);
      await this.changes.publish(m, c, ComplaintResolutionProposedV1, complaintResolutionProposedData(c, resolution));
    });
  }
}
