import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { WorkOrderCompletion } from '../../work-order-completion.service';
import { notAssignedEngineer, openVisitBlocksCompletion } from '../../work-order.errors';
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

/**
 * R-DS-4, R-DS-8: the work is done, with the parts used; stock and the case follow from the event. Work without an
 * open on-site visit (phone, remote, depot) completes here; an open visit completes through its sign-off.
 */
@ApiTags('work-orders')
@Controller('v1/work-orders')
export class CompleteWorkOrderHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completion: WorkOrderCompletion,
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
        throw notAssignedEngineer('can complete this work order');
      }
      const [open] = await m.query(`SELECT id FROM visits WHERE work_order_id = $1 AND status = 'on-site'`, [id]);
      if (open) throw openVisitBlocksCompletion(open.id);
      await this.completion.complete(m, wo, body);
      return toWorkOrderView(wo);
    });
  }
}
