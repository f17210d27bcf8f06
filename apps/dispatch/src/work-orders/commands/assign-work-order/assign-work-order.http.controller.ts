import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { AssignmentResult, WorkOrderAssignment } from '../work-order-assignment';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { alreadyAssignedToEngineer, alreadyEscalated, alreadyYours, closedForAssignment, notAssignedEngineer } from '../../work-order.errors';
import { toWorkOrderView } from '../../work-order.view';

const assignSchema = z.strictObject({
  engineerId: z.uuid(),
  note: z.string().trim().min(1).max(1000).optional(),
});
class AssignRequest extends createZodDto(assignSchema) {}

const escalateSchema = z.strictObject({
  reason: z.string().trim().min(1).max(2000).describe('Why an expert is needed'),
});
class EscalateRequest extends createZodDto(escalateSchema) {}

const OPEN = ['queued', 'assigned', 'in-progress'];

/** Manual assignment and reassignment, takeover (R-IN-6) and expert escalation, each with the score kept (R-DS-3). */
@ApiTags('work-orders')
@Controller('v1/work-orders')
export class AssignWorkOrderHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
  ) {}

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Assign or reassign a work order to a named engineer (manager override of capacity); emits work-order.assigned' })
  assign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignRequest, @CurrentUser() user: AuthUser) {
    return this.inTransaction(id, async (m, wo) => {
      if (wo.engineerId === body.engineerId) throw alreadyAssignedToEngineer();
      const kind = wo.engineerId ? 'reassigned' : 'manual';
      return this.assignment.assignTo(m, wo, { engineerId: body.engineerId, kind, by: `user:${user.sub}`, note: body.note, explainAs: `${kind} by manager ${user.sub}${body.note ? `: ${body.note}` : ''}` });
    });
  }

  @Post(':id/take-over')
  @HttpCode(200)
  @Roles('engineer', 'expert')
  @ApiOperation({ summary: 'Any engineer can take over a work order (R-IN-6); emits work-order.assigned (takeover)' })
  takeOver(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.inTransaction(id, async (m, wo) => {
      if (wo.engineerId === user.sub) throw alreadyYours();
      return this.assignment.assignTo(m, wo, { engineerId: user.sub, kind: 'takeover', by: `user:${user.sub}`, explainAs: `taken over by engineer ${user.sub}` });
    });
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles('engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Escalate to a technical expert: the best eligible expert takes it, or it waits in the queue for one' })
  escalate(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EscalateRequest, @CurrentUser() user: AuthUser) {
    return this.inTransaction(id, async (m, wo) => {
      if (wo.expert) throw alreadyEscalated();
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('can escalate');
      wo.expert = true;
      return this.assignment.autoAssign(m, wo, {
        kind: 'escalated',
        by: `user:${user.sub}`,
        exclude: wo.engineerId ? [wo.engineerId] : [],
        releaseReason: `escalated to an expert: ${body.reason}`,
        announceQueue: true,
      });
    });
  }

  private inTransaction(id: string, work: (m: EntityManager, wo: WorkOrderEntity) => Promise<AssignmentResult>) {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      if (!OPEN.includes(wo.status)) throw closedForAssignment(wo.status);
      const { events } = await work(m, wo);
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return toWorkOrderView(wo);
    });
  }
}
