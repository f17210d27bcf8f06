import { Injectable } from '@nestjs/common';
import { ComplaintClosedV1 } from '@aftersales/contracts-complaints';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView } from '../../complaint.view';
import { complaintClosedData } from '../../integration/complaint-closed.mapping';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { ChangeStatusRequest } from './change-status.request';

/**
 * R-CP-2: acknowledge, investigate, close or reopen a complaint; an illegal transition is a 409 listing the allowed
 * ones. Acknowledging meets the acknowledgement deadline (R-CP-4); closing announces complaint.closed.
 */
@Injectable()
export class ChangeStatusCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, request: ChangeStatusRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      const actor = actorOf(user);
      // The officer who acknowledges a complaint nobody was named for handles it.
      if (request.to === 'acknowledged' && !c.officerId && user.roles.includes('complaint-officer')) c.officerId = user.sub;
      await this.changes.changeStatus(m, c, request.to, { actor, reason: request.reason ?? null, at: now });
      if (request.to === 'closed') await this.changes.publish(m, c, ComplaintClosedV1, complaintClosedData(c, actor, now));
    });
  }
}
