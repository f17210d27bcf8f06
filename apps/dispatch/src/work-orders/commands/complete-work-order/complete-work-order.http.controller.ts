import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, DomainError, Roles } from '@aftersales/platform-service-defaults';
import { IllegalWorkOrderTransition, transitionWorkOrder } from '../../domain/work-order-lifecycle';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { toWorkOrderView } from '../../work-order.view';

const completeWorkOrderSchema = z.strictObject({
  partsUsed: z
    .array(z.strictObject({ partNumber: z.string().trim().min(1).max(100), quantity: z.number().int().positive().max(1000) }))
    .max(100)
    .describe('Parts replaced with the customer’s consent (R-DS-4)'),
  resolution: z.string().trim().min(1).max(10_000),
  warehouseCode: z.string().trim().min(1).max(50).default('CENTRAL').describe('Where the parts were drawn from'),
});
class CompleteWorkOrderRequest extends createZodDto(completeWorkOrderSchema) {}

/** R-DS-4, R-DS-8: the work is done, with the parts used; stock and the case follow from the event. */
@ApiTags('work-orders')
@Controller('v1/work-orders')
export class CompleteWorkOrderHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Complete a work order with the parts used; emits aftersales.dispatch.work-order.completed.v1' })
  complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CompleteWorkOrderRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await m.getRepository(WorkOrderEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!wo) throw new DomainError('DISPATCH.WORK_ORDER_NOT_FOUND', `Work order ${id} not found`, 404);
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) {
        throw new DomainError('DISPATCH.NOT_ASSIGNED_ENGINEER', 'Only the assigned engineer (or a manager) can complete this work order', 403);
      }
      try {
        wo.status = transitionWorkOrder(wo.status, 'completed');
      } catch (error) {
        if (error instanceof IllegalWorkOrderTransition) throw new DomainError(error.code, error.message, 409, { from: error.from, allowed: error.allowed });
        throw error;
      }
      const now = new Date();
      wo.partsUsed = body.partsUsed;
      wo.resolution = body.resolution;
      wo.warehouseCode = body.warehouseCode;
      wo.completedAt = now;
      wo.version += 1;
      await m.save(wo);
      await this.outbox.append(m, WorkOrderCompletedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          engineerId: wo.engineerId!,
          warehouseCode: body.warehouseCode,
          partsUsed: body.partsUsed,
          resolution: body.resolution,
          completedAt: now.toISOString(),
        },
      });
      return toWorkOrderView(wo);
    });
  }
}
