import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { alreadyAssignedToEngineer } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { lockAssignable } from '../assignable-work-order';
import { WorkOrderAssignment } from '../work-order-assignment';
import { AssignWorkOrderRequest } from './assign-work-order.request';

/** A manager assigns or reassigns a named engineer, above their capacity if need be; the score is still explained (R-DS-3). */
@Injectable()
export class AssignWorkOrderCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
  ) {}

  execute(id: string, request: AssignWorkOrderRequest, user: AuthUser): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockAssignable(m, id);
      if (wo.engineerId === request.engineerId) throw alreadyAssignedToEngineer();
      const kind = wo.engineerId ? 'reassigned' : 'manual';
      const { events } = await this.assignment.assignTo(m, wo, {
        engineerId: request.engineerId,
        kind,
        by: `user:${user.sub}`,
        note: request.note,
        explainAs: `${kind} by manager ${user.sub}${request.note ? `: ${request.note}` : ''}`,
      });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return toWorkOrderView(wo);
    });
  }
}
