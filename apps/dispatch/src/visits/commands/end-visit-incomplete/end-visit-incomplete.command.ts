import { Injectable } from '@nestjs/common';
import { WorkOrderVisitIncompleteV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { IncompleteEnd, endIncomplete } from '../../domain/visit';
import { workOrderVisitIncompleteData } from '../../integration/work-order-visit-incomplete.mapping';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { EndVisitIncompleteRequest } from './end-visit-incomplete.request';

/** R-DS-4, R-DS-5: a visit ends without the repair: why, the next visit, any standby unit lent. */
@Injectable()
export class EndVisitIncompleteCommand {
  constructor(
    private readonly steps: VisitSteps,
    private readonly outbox: OutboxService,
  ) {}

  execute(visitId: string, request: EndVisitIncompleteRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(
      visitId,
      user,
      async ({ visit, wo, now, m }) => {
        const ended = endIncomplete(visit, request, now.toISOString());
        const end = ended.incomplete as IncompleteEnd;
        wo.nextVisitAt = new Date(end.nextVisitAt);
        if (end.standbyUnit) wo.standbyUnit = end.standbyUnit;
        wo.updatedAt = now;
        wo.version += 1;
        await this.outbox.append(m, WorkOrderVisitIncompleteV1, { aggregateId: wo.id, sequence: wo.version, data: workOrderVisitIncompleteData(wo, visit, end, now) });
        return ended;
      },
      { saveOrder: true },
    );
  }
}
