import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { notAssignedEngineer, openVisitBlocksCompletion } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { WorkOrderCompletion } from '../work-order-completion';
import { CompleteWorkOrderRequest } from './complete-work-order.request';

/**
 * R-DS-4, R-DS-8: the work is done, with the parts used; stock and the case follow from the event. Work without an
 * open on-site visit (phone, remote, depot) completes here; an open visit completes through its sign-off.
 */
@Injectable()
export class CompleteWorkOrderCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly completion: WorkOrderCompletion,
  ) {}

  execute(id: string, request: CompleteWorkOrderRequest, user: AuthUser): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('can complete this work order');
      const [open] = await m.query(`SELECT id FROM visits WHERE work_order_id = $1 AND status = 'on-site'`, [id]);
      if (open) throw openVisitBlocksCompletion(open.id);
      for (const e of await this.completion.complete(m, wo, request)) await this.outbox.append(m, e.contract, e.input);
      return toWorkOrderView(wo);
    });
  }
}
