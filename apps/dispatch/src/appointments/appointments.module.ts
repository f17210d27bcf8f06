import { Module } from '@nestjs/common';
import { AppointmentsHttpController } from './commands/appointments.http.controller';

@Module({ controllers: [AppointmentsHttpController] })
export class AppointmentsModule {}
