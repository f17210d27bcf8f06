import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { alreadyYours } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { lockAssignable } from '../assignable-work-order';
import { WorkOrderAssignment } from '../work-order-assignment';

/** R-IN-6: any engineer may take a work order over; the previous engineer's assignment ends. */
@Injectable()
export class TakeOverWorkOrderCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
  ) {}

  execute(id: string, user: AuthUser): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockAssignable(m, id);
      if (wo.engineerId === user.sub) throw alreadyYours();
      const { events } = await this.assignment.assignTo(m, wo, { engineerId: user.sub, kind: 'takeover', by: `user:${user.sub}`, explainAs: `taken over by engineer ${user.sub}` });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return toWorkOrderView(wo);
    });
  }
}
