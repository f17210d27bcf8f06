import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CasePriorityChangedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { SlaPort } from '../../../sla/integration/sla.port';
import { closedCaseKeepsPriority, priorityUnchanged } from '../../case.errors';
import { CaseView, toCaseView } from '../../case.view';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { casePriorityChangedData } from '../../integration/case-priority-changed.mapping';
import { ChangePriorityRequest } from './change-priority.request';

/** R-IN-5: staff change the priority with a reason; the SLA engine recomputes the open deadlines in the same transaction. */
@Injectable()
export class ChangePriorityCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: ChangePriorityRequest, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      if (c.status === 'closed') throw closedCaseKeepsPriority();
      if (c.priority === request.priority) throw priorityUnchanged(c.priority);
      const from = c.priority;
      const at = this.clock.now();
      const actor = `user:${user.sub}`;
      c.priority = request.priority;
      c.updatedAt = at;
      c.version += 1;
      await m.save(c);
      await this.cases.log(m, c.id, { actor, kind: 'priority-changed', visibility: 'public', detail: { from, to: c.priority, reason: request.reason }, at });
      await this.sla.within(m, c.id, (clocks) => clocks.priorityChanged(from, c.priority, at, { status: c.status, channel: c.channel }, c.entitlement?.slaTerms));
      await this.outbox.append(m, CasePriorityChangedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: casePriorityChangedData(c, { from, reason: request.reason, actor, at }),
      });
      return toCaseView(c);
    });
  }
}
