import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, DomainError, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { AssignmentService } from '../../assignment.service';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { transitionOrConflict } from '../../work-order.errors';
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
    private readonly assignment: AssignmentService,
    private readonly clock: Clock,
  ) {}

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Complete a work order with the parts used; emits aftersales.dispatch.work-order.completed.v1' })
  complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CompleteWorkOrderRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) {
        throw new DomainError('DISPATCH.NOT_ASSIGNED_ENGINEER', 'Only the assigned engineer (or a manager) can complete this work order', 403);
      }
      wo.status = transitionOrConflict(wo.status, 'completed');
      const engineerId = wo.engineerId;
      if (!engineerId) throw new DomainError('DISPATCH.NOT_ASSIGNED', 'A work order without an engineer cannot be completed', 409);
      const now = this.clock.now();
      // The engineer's slot is free again; the order keeps its engineer as the one who did the work.
      await this.assignment.release(m, wo, 'completed');
      wo.engineerId = engineerId;
      wo.partsUsed = body.partsUsed;
      wo.resolution = body.resolution;
      wo.warehouseCode = body.warehouseCode;
      wo.completedAt = now;
      wo.version += 1;
      wo.updatedAt = now;
      await m.save(wo);
      await this.outbox.append(m, WorkOrderCompletedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          engineerId,
          warehouseCode: body.warehouseCode,
          partsUsed: body.partsUsed,
          resolution: body.resolution,
          completedAt: now.toISOString(),
        },
      });
      await this.assignment.assignQueued(m, (contract, input) => this.outbox.append(m, contract, input), { limit: 5 });
      return toWorkOrderView(wo);
    });
  }
}
