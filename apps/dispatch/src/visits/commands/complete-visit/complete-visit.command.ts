import { Injectable } from '@nestjs/common';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { WorkOrderCompletion } from '../../../work-orders/commands/work-order-completion';
import { completeVisit, mergeParts } from '../../domain/visit';
import { VisitEntity } from '../../infrastructure/visit.entity';
import { VisitView } from '../../visit.view';
import { VisitSteps } from '../visit-step';
import { CompleteVisitRequest } from './complete-visit.request';

/** R-DS-4: the work order is completed on this signed-off visit, with the parts used on every visit. */
@Injectable()
export class CompleteVisitCommand {
  constructor(
    private readonly steps: VisitSteps,
    private readonly completion: WorkOrderCompletion,
    private readonly outbox: OutboxService,
  ) {}

  execute(visitId: string, request: CompleteVisitRequest, user: AuthUser): Promise<VisitView> {
    return this.steps.record(visitId, user, async ({ visit, wo, now, m }) => {
      const done = completeVisit(visit, request.resolution, now.toISOString());
      const earlier: VisitEntity[] = await m.getRepository(VisitEntity).findBy({ workOrderId: wo.id });
      const all = [...earlier.filter((x) => x.id !== visit.id), { ...visit, ...done }];
      const events = await this.completion.complete(m, wo, {
        partsUsed: mergeParts(all.flatMap((x) => x.partsUsed)),
        resolution: request.resolution,
        warehouseCode: visit.warehouseCode ?? earlier.find((x) => x.warehouseCode)?.warehouseCode ?? 'CENTRAL',
        signOff: done.signOff,
        visits: all.length,
      });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return done;
    });
  }
}
