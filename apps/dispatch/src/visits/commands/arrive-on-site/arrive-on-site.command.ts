import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderEngineerArrivedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { mayGoOnSite } from '../../../remote-sessions/domain/remote-session.policy';
import { lockWorkOrder } from '../../../work-orders/infrastructure/work-order.repository';
import { transitionOrConflict } from '../../../work-orders/work-order.errors';
import { arrive } from '../../domain/visit';
import { VisitEntity } from '../../infrastructure/visit.entity';
import { workOrderEngineerArrivedData } from '../../integration/work-order-engineer-arrived.mapping';
import { closedForVisit, contactFirst, remoteFirst, visitStillOpen } from '../../visit.errors';
import { VisitView, toVisitView } from '../../visit.view';
import { authorizeVisit, notInFuture } from '../visit-step';
import { ArriveOnSiteRequest } from './arrive-on-site.request';

/**
 * R-DS-4: the engineer arrives on site and opens a visit; the customer must have been called first, and a remote order
 * asked for it (R-DS-2). work-order.engineer-arrived tells intake, whose on-site clock stops on it (R-SLA-1).
 */
@Injectable()
export class ArriveOnSiteCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  execute(workOrderId: string, request: ArriveOnSiteRequest, user: AuthUser): Promise<VisitView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, workOrderId);
      authorizeVisit(wo, user);
      if (!mayGoOnSite(wo.serviceMode)) throw remoteFirst(wo.serviceMode);
      if (!wo.customerContactedAt) throw contactFirst();
      const now = this.clock.now();
      const arrivedAt = notInFuture(request.arrivedAt, now, 'arrivedAt');
      const [open] = await m.query(`SELECT id FROM visits WHERE work_order_id = $1 AND status = 'on-site'`, [workOrderId]);
      if (open) throw visitStillOpen(open.id);
      if (wo.status === 'assigned') wo.status = transitionOrConflict(wo.status, 'in-progress');
      else if (wo.status !== 'in-progress') throw closedForVisit(wo.status);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM visits WHERE work_order_id = $1`, [workOrderId]);
      const visit = m.getRepository(VisitEntity).create({
        ...arrive(arrivedAt),
        id: uuidv7(),
        workOrderId,
        engineerId: wo.engineerId as string,
        visitNumber: n + 1,
        warehouseCode: null,
        signaturePng: null,
        version: 1,
      });
      await m.getRepository(VisitEntity).insert(visit);
      wo.nextVisitAt = null;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      // R-SLA-1: intake's on-site clock is met by this arrival; the case is not told twice by hand.
      await this.outbox.append(m, WorkOrderEngineerArrivedV1, { aggregateId: wo.id, sequence: wo.version, data: workOrderEngineerArrivedData(wo, visit) });
      return toVisitView(visit);
    });
  }
}
