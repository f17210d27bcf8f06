import { Injectable } from '@nestjs/common';
import { ComplaintCompensationDecidedV1 } from '@aftersales/contracts-complaints';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { noApprovalPending } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { CompensationDecision } from '../../infrastructure/complaint.entity';
import { complaintCompensationDecidedData } from '../../integration/complaint-compensation-decided.mapping';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { DecideCompensationRequest } from './decide-compensation.request';

/** A manager approves a compensation above the approval amount, or refuses it: the complaint goes back to investigation. */
@Injectable()
export class DecideCompensationCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, request: DecideCompensationRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      const r = c.resolution;
      if (c.status !== 'resolution-proposed' || !r?.approvalRequired || !r.compensation || c.compensationDecision) throw noApprovalPending(c.id);
      const actor = actorOf(user);
      const decision: CompensationDecision = { approved: request.approved, note: request.note ?? null, decidedBy: actor, decidedAt: now.toISOString() };
      c.compensationDecision = decision;
      await this.changes.journal(m, c, [
        { actor, kind: request.approved ? 'compensation-approved' : 'compensation-refused', visibility: 'internal', note: request.note ?? '', at: now, detail: { ...r.compensation } },
      ]);
      await this.changes.publish(m, c, ComplaintCompensationDecidedV1, complaintCompensationDecidedData(c, r.compensation, decision));
      if (!request.approved) await this.changes.changeStatus(m, c, 'investigating', { actor, reason: `Compensation refused${request.note ? `: ${request.note}` : ''}`, at: now });
    });
  }
}
