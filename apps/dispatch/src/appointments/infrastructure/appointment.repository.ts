import { EntityManager } from 'typeorm';
import { appointmentNotFound } from '../appointment.errors';
import { AppointmentEntity } from './appointment.entity';

/** The appointment, locked for the rest of the transaction. */
export async function lockAppointment(m: EntityManager, id: string): Promise<AppointmentEntity> {
  const a = await m.getRepository(AppointmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!a) throw appointmentNotFound(id);
  return a;
}
