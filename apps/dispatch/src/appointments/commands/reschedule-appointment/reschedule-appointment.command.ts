import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { rule } from '../../appointment.errors';
import { AppointmentView, toAppointmentView } from '../../appointment.view';
import { reschedule } from '../../domain/appointment.policy';
import { lockAppointment } from '../../infrastructure/appointment.repository';
import { AppointmentSlots } from '../appointment-slots';
import { RescheduleAppointmentRequest } from './reschedule-appointment.request';

/** A proposed or confirmed slot is replaced by a new proposal, with the reason. */
@Injectable()
export class RescheduleAppointmentCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly slots: AppointmentSlots,
  ) {}

  execute(id: string, request: RescheduleAppointmentRequest, user: AuthUser): Promise<AppointmentView> {
    return this.dataSource.transaction(async (m) => {
      const a = await lockAppointment(m, id);
      const wo = await this.slots.openOrder(m, a.workOrderId, user);
      a.status = rule(() => reschedule(a.status));
      a.version += 1;
      const next = await this.slots.propose(m, wo, request, user, { replaces: a.id, rescheduleReason: request.reason });
      await m.save(a);
      return toAppointmentView(next);
    });
  }
}
