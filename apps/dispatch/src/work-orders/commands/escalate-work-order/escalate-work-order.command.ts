import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { alreadyEscalated, notAssignedEngineer } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { lockAssignable } from '../assignable-work-order';
import { WorkOrderAssignment } from '../work-order-assignment';
import { EscalateWorkOrderRequest } from './escalate-work-order.request';

/** To a technical expert: the best eligible expert takes the order, or it waits in the queue for one (R-DS-3). */
@Injectable()
export class EscalateWorkOrderCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
  ) {}

  execute(id: string, request: EscalateWorkOrderRequest, user: AuthUser): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockAssignable(m, id);
      if (wo.expert) throw alreadyEscalated();
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('can escalate');
      wo.expert = true;
      const { events } = await this.assignment.autoAssign(m, wo, {
        kind: 'escalated',
        by: `user:${user.sub}`,
        exclude: wo.engineerId ? [wo.engineerId] : [],
        releaseReason: `escalated to an expert: ${request.reason}`,
        announceQueue: true,
      });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return toWorkOrderView(wo);
    });
  }
}
