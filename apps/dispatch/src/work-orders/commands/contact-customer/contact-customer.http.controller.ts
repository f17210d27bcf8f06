import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { WorkOrderCustomerContactedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { AcknowledgementTimers } from '../../acknowledgement/acknowledgement.timers';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { alreadyContacted, contactBeforeAssignment, contactInFuture, noContactToRecord, notAssignedEngineer } from '../../work-order.errors';
import { toWorkOrderView } from '../../work-order.view';

const contactSchema = z.strictObject({
  channel: z.enum(['phone', 'sms', 'email', 'chat', 'remote', 'on-site']),
  contactedAt: isoDateTime.optional().describe('Defaults to now; never in the future nor before the assignment'),
  note: z.string().trim().max(2000).optional(),
});
class ContactCustomerRequest extends createZodDto(contactSchema) {}

/** R-SLA-4: the engineer has contacted the customer; the acknowledgement timers stop and intake is told. */
@ApiTags('work-orders')
@Controller('v1/work-orders')
export class ContactCustomerHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly ackTimers: AcknowledgementTimers,
    private readonly clock: Clock,
  ) {}

  @Post(':id/customer-contacted')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Record the first contact with the customer (R-SLA-4); emits aftersales.dispatch.work-order.customer-contacted.v1' })
  contacted(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ContactCustomerRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('can record the contact');
      if (!wo.engineerId || !wo.assignedAt || !wo.respondBy || (wo.status !== 'assigned' && wo.status !== 'in-progress')) {
        throw noContactToRecord(wo.status);
      }
      if (wo.customerContactedAt) throw alreadyContacted(wo.customerContactedAt);
      const now = this.clock.now();
      const at = body.contactedAt ? new Date(body.contactedAt) : now;
      if (at.getTime() > now.getTime()) throw contactInFuture();
      if (at.getTime() < wo.assignedAt.getTime()) throw contactBeforeAssignment();
      wo.customerContactedAt = at;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      if (wo.assignment?.assignmentId) await this.ackTimers.cancel(m, wo.id, wo.assignment.assignmentId, wo.assignedAt, now);
      await this.outbox.append(m, WorkOrderCustomerContactedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          engineerId: wo.engineerId,
          channel: body.channel,
          contactedAt: at.toISOString(),
          assignedAt: wo.assignedAt.toISOString(),
          respondBy: wo.respondBy.toISOString(),
          withinTarget: at.getTime() <= wo.respondBy.getTime(),
        },
      });
      return toWorkOrderView(wo);
    });
  }
}
