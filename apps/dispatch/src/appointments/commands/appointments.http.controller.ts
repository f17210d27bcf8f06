import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { WorkOrderAppointmentConfirmedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { lockWorkOrder } from '../../work-orders/infrastructure/work-order.repository';
import { notAssignedEngineer } from '../../work-orders/work-order.errors';
import { appointmentNotFound, foreignWorkOrder, notOpenForAppointment, rule, slotBegun } from '../appointment.errors';
import { arrangedWithinTarget, checkSlot, confirm, reschedule } from '../domain/appointment.policy';
import { AppointmentEntity, toAppointmentView } from '../infrastructure/appointment.entity';

const slot = { slotStart: isoDateTime, slotEnd: isoDateTime };
class ProposeRequest extends createZodDto(z.strictObject({ ...slot, note: z.string().trim().max(1000).optional() })) {}
class ConfirmRequest extends createZodDto(z.strictObject({ confirmedBy: z.string().trim().min(1).max(200).describe('Who agreed, on the customer’s side') })) {}
class RescheduleRequest extends createZodDto(z.strictObject({ ...slot, reason: z.string().trim().min(1).max(1000) })) {}

const OPEN = ['assigned', 'in-progress'];

/** R-DS-4: the engineer agrees a time with the customer before going; R-SLA-1: arranged within 24 hours. */
@ApiTags('appointments')
@Controller('v1')
export class AppointmentsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @Post('work-orders/:id/appointments')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Propose a visit slot to the customer' })
  propose(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ProposeRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await this.openOrder(m, id, user);
      const a = await this.newProposal(m, wo, body.slotStart, body.slotEnd, user, { note: body.note ?? null });
      return toAppointmentView(a);
    });
  }

  @Post('appointments/:id/confirm')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'The customer confirms a proposed slot; emits work-order.appointment-confirmed (R-SLA-1 arrangement recorded)' })
  confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ConfirmRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const a = await this.lockAppointment(m, id);
      const wo = await this.openOrder(m, a.workOrderId, user);
      const now = this.clock.now();
      a.status = rule(() => confirm(a.status));
      if (a.slotStart.getTime() <= now.getTime()) throw slotBegun();
      a.confirmedBy = body.confirmedBy;
      a.confirmedAt = now;
      a.version += 1;
      await m.save(a);
      const first = wo.arrangedAt === null;
      if (first) wo.arrangedAt = now;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      await this.outbox.append(m, WorkOrderAppointmentConfirmedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          appointmentId: a.id,
          engineerId: wo.engineerId,
          slotStart: a.slotStart.toISOString(),
          slotEnd: a.slotEnd.toISOString(),
          confirmedAt: now.toISOString(),
          rescheduled: a.replaces !== null,
          arrangementDueAt: wo.arrangementDueAt?.toISOString() ?? null,
          arrangedWithinTarget: wo.arrangementDueAt && wo.arrangedAt ? arrangedWithinTarget(wo.arrangedAt, wo.arrangementDueAt) : null,
        },
      });
      return toAppointmentView(a);
    });
  }

  @Post('appointments/:id/reschedule')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'Replace a proposed or confirmed slot with a new proposal' })
  reschedule(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RescheduleRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const a = await this.lockAppointment(m, id);
      const wo = await this.openOrder(m, a.workOrderId, user);
      a.status = rule(() => reschedule(a.status));
      a.version += 1;
      const next = await this.newProposal(m, wo, body.slotStart, body.slotEnd, user, { replaces: a.id, rescheduleReason: body.reason });
      await m.save(a);
      return toAppointmentView(next);
    });
  }

  @Get('work-orders/:id/appointments')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const items = await this.dataSource.getRepository(AppointmentEntity).find({ where: { workOrderId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toAppointmentView) };
  }

  private async newProposal(
    m: EntityManager,
    wo: WorkOrderEntity,
    start: string,
    end: string,
    user: AuthUser,
    more: { note?: string | null; replaces?: string; rescheduleReason?: string },
  ): Promise<AppointmentEntity> {
    const now = this.clock.now();
    rule(() => checkSlot(new Date(start), new Date(end), now));
    const a = m.getRepository(AppointmentEntity).create({
      id: uuidv7(),
      workOrderId: wo.id,
      status: 'proposed',
      slotStart: new Date(start),
      slotEnd: new Date(end),
      proposedBy: `${user.roles[0]}:${user.sub}`,
      note: more.note ?? null,
      confirmedBy: null,
      confirmedAt: null,
      replaces: more.replaces ?? null,
      rescheduleReason: more.rescheduleReason ?? null,
      createdAt: now,
      version: 1,
    });
    await m.getRepository(AppointmentEntity).insert(a);
    return a;
  }

  private async lockAppointment(m: EntityManager, id: string): Promise<AppointmentEntity> {
    const a = await m.getRepository(AppointmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!a) throw appointmentNotFound(id);
    return a;
  }

  /** The order must be worked on; an engineer acts on their own orders, a customer on theirs (R-IN-8). */
  private async openOrder(m: EntityManager, id: string, user: AuthUser): Promise<WorkOrderEntity> {
    const wo = await lockWorkOrder(m, id);
    const staff = user.roles.some((r) => r === 'manager' || r === 'admin' || r === 'agent');
    if (user.roles.includes('customer')) {
      if (wo.customerId !== user.customerId) throw foreignWorkOrder();
    } else if (!staff && wo.engineerId !== user.sub) {
      throw notAssignedEngineer('arranges the visit', 'staff');
    }
    if (!OPEN.includes(wo.status)) throw notOpenForAppointment(wo.status);
    return wo;
  }
}
