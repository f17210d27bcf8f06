import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { WORK_ORDER_STATUSES } from '../../domain/work-order-lifecycle';
import { AcknowledgementTimers } from '../../acknowledgement/acknowledgement.timers';
import { WorkOrderAssignmentEntity, WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { workOrderNotFound } from '../../work-order.errors';
import { toAssignmentView, toWorkOrderView } from '../../work-order.view';

const listQuery = z.strictObject({
  caseId: z.uuid().optional(),
  engineerId: z.uuid().optional(),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  branchCode: z.string().trim().min(1).max(40).optional(),
  ...pageQuery,
});
class ListWorkOrdersQuery extends createZodDto(listQuery) {}

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class ListWorkOrdersHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ackTimers: AcknowledgementTimers,
  ) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Work orders, newest first, cursor pagination' })
  async list(@Query() q: ListWorkOrdersQuery) {
    const qb = this.dataSource.getRepository(WorkOrderEntity).createQueryBuilder('w');
    if (q.caseId) qb.andWhere('w.case_id = :caseId', { caseId: q.caseId });
    if (q.engineerId) qb.andWhere('w.engineer_id = :engineerId', { engineerId: q.engineerId });
    if (q.status) qb.andWhere('w.status = :status', { status: q.status });
    if (q.branchCode) qb.andWhere('w.branch_code = :branchCode', { branchCode: q.branchCode });
    return paginate(qb, q, toWorkOrderView);
  }

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'A work order with every assignment and its score (why that engineer, R-DS-3) and the pending R-SLA-4 reminders' })
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
