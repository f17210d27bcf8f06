import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { AcknowledgementTimers } from '../../timers/acknowledgement.timers';
import { WorkOrderAssignmentEntity, WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { workOrderNotFound } from '../../work-order.errors';
import { toAssignmentView, toWorkOrderView } from '../../work-order.view';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class GetWorkOrderHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ackTimers: AcknowledgementTimers,
  ) {}

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'A work order with every assignment and its score (why that engineer, R-DS-3) and the pending R-SLA-4 reminders' })
  @ApiOkResponse({ description: 'The work order with its assignments and pending reminders' })
  @ApiProblems({ 400: 'An invalid id', 404: 'DISPATCH.WORK_ORDER_NOT_FOUND' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
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
