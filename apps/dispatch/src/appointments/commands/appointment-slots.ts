import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { lockWorkOrder } from '../../work-orders/infrastructure/work-order.repository';
import { notAssignedEngineer } from '../../work-orders/work-order.errors';
import { foreignWorkOrder, notOpenForAppointment, rule } from '../appointment.errors';
import { checkSlot } from '../domain/appointment.policy';
import { AppointmentEntity } from '../infrastructure/appointment.entity';

const OPEN = ['assigned', 'in-progress'];

/** What proposing, confirming and rescheduling share: the order being arranged, and a new proposal for it. */
@Injectable()
export class AppointmentSlots {
  constructor(private readonly clock: Clock) {}

  /** The order, locked; it must be worked on, an engineer acts on their own orders and a customer on theirs (R-IN-8). */
  async openOrder(m: EntityManager, id: string, user: AuthUser): Promise<WorkOrderEntity> {
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

  /** A proposed slot (in the future, at most 12 hours: R-DS-4), possibly replacing an earlier appointment. */
  async propose(
    m: EntityManager,
    wo: WorkOrderEntity,
    slot: { slotStart: string; slotEnd: string },
    user: AuthUser,
    more: { note?: string | null; replaces?: string; rescheduleReason?: string },
  ): Promise<AppointmentEntity> {
    const now = this.clock.now();
    rule(() => checkSlot(new Date(slot.slotStart), new Date(slot.slotEnd), now));
    const a = m.getRepository(AppointmentEntity).create({
      id: uuidv7(),
      workOrderId: wo.id,
      status: 'proposed',
      slotStart: new Date(slot.slotStart),
      slotEnd: new Date(slot.slotEnd),
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
}
