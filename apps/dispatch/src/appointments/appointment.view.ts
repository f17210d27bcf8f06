import { AppointmentEntity } from './infrastructure/appointment.entity';

export function toAppointmentView(a: AppointmentEntity) {
  return {
    id: a.id,
    workOrderId: a.workOrderId,
    status: a.status,
    slotStart: a.slotStart.toISOString(),
    slotEnd: a.slotEnd.toISOString(),
    proposedBy: a.proposedBy,
    note: a.note,
    confirmedBy: a.confirmedBy,
    confirmedAt: a.confirmedAt?.toISOString() ?? null,
    replaces: a.replaces,
    rescheduleReason: a.rescheduleReason,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}

export type AppointmentView = ReturnType<typeof toAppointmentView>;
