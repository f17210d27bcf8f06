import { WorkOrderAppointmentConfirmedV1Data } from '@aftersales/contracts-dispatch';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { arrangedWithinTarget } from '../domain/appointment.policy';
import { AppointmentEntity } from '../infrastructure/appointment.entity';

/** R-DS-4, R-SLA-1: the customer confirmed a slot; the first confirmation is when the visit was arranged. */
export function workOrderAppointmentConfirmedData(wo: WorkOrderEntity, a: AppointmentEntity, at: Date): WorkOrderAppointmentConfirmedV1Data {
  return {
    workOrderId: wo.id,
    workOrderNumber: wo.workOrderNumber,
    caseId: wo.caseId,
    appointmentId: a.id,
    engineerId: wo.engineerId,
    slotStart: a.slotStart.toISOString(),
    slotEnd: a.slotEnd.toISOString(),
    confirmedAt: at.toISOString(),
    rescheduled: a.replaces !== null,
    arrangementDueAt: wo.arrangementDueAt?.toISOString() ?? null,
    arrangedWithinTarget: wo.arrangementDueAt && wo.arrangedAt ? arrangedWithinTarget(wo.arrangedAt, wo.arrangementDueAt) : null,
  };
}
