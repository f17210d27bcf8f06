import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkOrderAppointmentConfirmedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { rule, slotBegun } from '../../appointment.errors';
import { AppointmentView, toAppointmentView } from '../../appointment.view';
import { confirm } from '../../domain/appointment.policy';
import { lockAppointment } from '../../infrastructure/appointment.repository';
import { workOrderAppointmentConfirmedData } from '../../integration/work-order-appointment-confirmed.mapping';
import { AppointmentSlots } from '../appointment-slots';
import { ConfirmAppointmentRequest } from './confirm-appointment.request';

/** The customer confirms a proposed slot; the first confirmation records the arrangement against R-SLA-1's 24 hours. */
@Injectable()
export class ConfirmAppointmentCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly slots: AppointmentSlots,
    private readonly clock: Clock,
  ) {}

  execute(id: string, request: ConfirmAppointmentRequest, user: AuthUser): Promise<AppointmentView> {
    return this.dataSource.transaction(async (m) => {
      const a = await lockAppointment(m, id);
      const wo = await this.slots.openOrder(m, a.workOrderId, user);
      const now = this.clock.now();
      a.status = rule(() => confirm(a.status));
      if (a.slotStart.getTime() <= now.getTime()) throw slotBegun();
      a.confirmedBy = request.confirmedBy;
      a.confirmedAt = now;
      a.version += 1;
      await m.save(a);
      if (wo.arrangedAt === null) wo.arrangedAt = now;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      await this.outbox.append(m, WorkOrderAppointmentConfirmedV1, { aggregateId: wo.id, sequence: wo.version, data: workOrderAppointmentConfirmedData(wo, a, now) });
      return toAppointmentView(a);
    });
  }
}
