import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkOrderAssignmentEntity, WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { AcknowledgementTimers } from '../../timers/acknowledgement.timers';
import { workOrderNotFound } from '../../work-order.errors';
import { toAssignmentView, toWorkOrderView } from '../../work-order.view';

/** A work order with every assignment and its score (why that engineer, R-DS-3) and its pending R-SLA-4 reminders. */
@Injectable()
export class GetWorkOrderQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ackTimers: AcknowledgementTimers,
  ) {}

  async execute(id: string) {
    const wo = await this.dataSource.getRepository(WorkOrderEntity).findOneBy({ id });
    if (!wo) throw workOrderNotFound(id);
    const assignments = await this.dataSource.getRepository(WorkOrderAssignmentEntity).find({ where: { workOrderId: id }, order: { assignedAt: 'ASC', id: 'ASC' } });
    const reminders = await this.ackTimers.pending(this.dataSource.manager, id);
    return {
      ...toWorkOrderView(wo),
      assignments: assignments.map(toAssignmentView),
      pendingReminders: reminders.map((r) => ({ dueAt: r.dueAt.toISOString(), step: r.key.split(':').pop() })),
    };
  }
}
