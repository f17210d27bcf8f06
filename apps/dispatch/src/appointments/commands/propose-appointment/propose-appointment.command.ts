import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { AppointmentView, toAppointmentView } from '../../appointment.view';
import { AppointmentSlots } from '../appointment-slots';
import { ProposeAppointmentRequest } from './propose-appointment.request';

/** R-DS-4: the engineer (or staff) proposes a visit slot to the customer. */
@Injectable()
export class ProposeAppointmentCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly slots: AppointmentSlots,
  ) {}

  execute(workOrderId: string, request: ProposeAppointmentRequest, user: AuthUser): Promise<AppointmentView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await this.slots.openOrder(m, workOrderId, user);
      const a = await this.slots.propose(m, wo, request, user, { note: request.note ?? null });
      return toAppointmentView(a);
    });
  }
}
