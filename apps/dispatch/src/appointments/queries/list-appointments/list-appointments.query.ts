import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppointmentEntity } from '../../infrastructure/appointment.entity';
import { toAppointmentView } from '../../appointment.view';

/** The appointments of a work order, oldest first, rescheduled ones included. */
@Injectable()
export class ListAppointmentsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(workOrderId: string) {
    const items = await this.dataSource.getRepository(AppointmentEntity).find({ where: { workOrderId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toAppointmentView) };
  }
}
