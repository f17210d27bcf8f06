import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseAssignedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { alreadyAssigned, closedCaseNotWorked } from '../../case.errors';
import { CaseView, toCaseView } from '../../case.view';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { caseAssignedData } from '../../integration/case-assigned.mapping';

/** Assigns a case to an engineer, or lets any engineer take it over (R-IN-6), in one transaction with its log entry and event. */
@Injectable()
export class AssignCaseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: { assigneeId: string; assigneeName?: string; reason?: string; version: number; takeover: boolean }, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      if (c.status === 'closed') throw closedCaseNotWorked();
      if (c.assigneeId === request.assigneeId) throw alreadyAssigned(request.assigneeId);
      const previous = c.assigneeId;
      const previousName = c.assigneeName;
      const at = this.clock.now();
      const actor = `user:${user.sub}`;
      c.assigneeId = request.assigneeId;
      // A takeover names the engineer from their token; an assignment as the person assigning wrote it, if they did.
      c.assigneeName = (request.takeover ? user.name : request.assigneeName) ?? null;
      c.assignedAt = at;
      c.updatedAt = at;
      c.version += 1;
      await m.save(c);
      // Internal: who works a case is staff business; the customer sees the work itself (R-IN-8).
      await this.cases.log(m, c.id, {
        actor,
        kind: request.takeover ? 'case-taken-over' : 'case-assigned',
        visibility: 'internal',
        detail: { assigneeId: c.assigneeId, assigneeName: c.assigneeName, previousAssigneeId: previous, ...(request.reason ? { reason: request.reason } : {}) },
        at,
      });
      await this.outbox.append(m, CaseAssignedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: caseAssignedData(c, { previousAssigneeId: previous, previousAssigneeName: previousName, takeover: request.takeover, actor, at }),
      });
      return toCaseView(c);
    });
  }
}
