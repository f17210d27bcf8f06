import { Injectable } from '@nestjs/common';
import { ComplaintQualityIssueReportedV1, ComplaintResolvedV1 } from '@aftersales/contracts-complaints';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { noResolutionProposed, transitionOrConflict } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { complaintQualityIssueReportedData } from '../../integration/complaint-quality-issue-reported.mapping';
import { complaintResolvedData } from '../../integration/complaint-resolved.mapping';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { RecordCustomerResponseRequest } from './record-customer-response.request';

/**
 * The complainant's answer to the resolution, given by themselves or taken down by staff. Accepted: the complaint
 * is resolved (complaint.resolved for the ERP and CRM; a product-quality cause goes to the technical center,
 * R-CP-6). Rejected: it reopens and its handling deadline runs on (R-CP-4).
 */
@Injectable()
export class RecordCustomerResponseCommand {
  constructor(
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
  ) {}

  execute(id: string, request: RecordCustomerResponseRequest, user: AuthUser): Promise<ComplaintDetailView> {
    return this.runner.run(id, user, async (m, c, now) => {
      const to = request.accepted ? 'resolved' : 'reopened';
      transitionOrConflict(c.status, to);
      const actor = actorOf(user);
      const resolution = c.resolution;
      if (!resolution) throw noResolutionProposed(c.id);
      c.resolution = { ...resolution, customerResponse: { accepted: request.accepted, note: request.note ?? null, by: actor, at: now.toISOString() } };
      await this.changes.journal(m, c, [
        { actor, kind: request.accepted ? 'resolution-accepted' : 'resolution-rejected', note: request.note ?? '', at: now },
      ]);
      await this.changes.changeStatus(m, c, to, { actor, reason: request.accepted ? null : (request.note ?? 'The complainant rejected the resolution'), at: now });
      if (!request.accepted) return;
      await this.changes.publish(m, c, ComplaintResolvedV1, complaintResolvedData(c, resolution, now));
      if (resolution.rootCause === 'product-quality') await this.changes.publish(m, c, ComplaintQualityIssueReportedV1, complaintQualityIssueReportedData(c, resolution, now));
    });
  }
}
