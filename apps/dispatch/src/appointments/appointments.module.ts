import { Module } from '@nestjs/common';
import { AppointmentSlots } from './commands/appointment-slots';
import { ConfirmAppointmentCommand } from './commands/confirm-appointment/confirm-appointment.command';
import { ConfirmAppointmentHttpController } from './commands/confirm-appointment/confirm-appointment.http.controller';
import { ProposeAppointmentCommand } from './commands/propose-appointment/propose-appointment.command';
import { ProposeAppointmentHttpController } from './commands/propose-appointment/propose-appointment.http.controller';
import { RescheduleAppointmentCommand } from './commands/reschedule-appointment/reschedule-appointment.command';
import { RescheduleAppointmentHttpController } from './commands/reschedule-appointment/reschedule-appointment.http.controller';
import { ListAppointmentsHttpController } from './queries/list-appointments/list-appointments.http.controller';
import { ListAppointmentsQuery } from './queries/list-appointments/list-appointments.query';

/** R-DS-4: the engineer agrees a time with the customer before going; R-SLA-1: arranged within 24 hours. */
@Module({
  controllers: [ProposeAppointmentHttpController, ConfirmAppointmentHttpController, RescheduleAppointmentHttpController, ListAppointmentsHttpController],
  providers: [AppointmentSlots, ProposeAppointmentCommand, ConfirmAppointmentCommand, RescheduleAppointmentCommand, ListAppointmentsQuery],
})
export class AppointmentsModule {}
