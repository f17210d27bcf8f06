import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderAppointmentConfirmedV1, WorkOrderAppointmentConfirmedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

/**
 * The customer confirmed a visit slot with the engineer (dispatch, R-DS-4): the on-site visit is arranged, which
 * meets the case's 24-hour arrangement clock (R-SLA-1) at the confirmation. A rescheduled slot is logged; the clock
 * was met by the first.
 */
@Injectable()
export class OnAppointmentConfirmedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
  ) {}

  @OnEvent(WorkOrderAppointmentConfirmedV1, { name: 'record-visit-arranged' })
  async handle(event: EventEnvelope<WorkOrderAppointmentConfirmedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} arranged a visit for unknown case ${d.caseId}`);
    const at = new Date(d.confirmedAt);
    await this.cases.log(ctx.manager, c.id, {
      actor: 'system:dispatch',
      kind: 'visit-arranged',
      visibility: 'public',
      detail: { workOrderNumber: d.workOrderNumber, slotStart: d.slotStart, slotEnd: d.slotEnd, rescheduled: d.rescheduled },
      at,
    });
    if (c.status === 'resolved' || c.status === 'closed') return;
    await this.sla.within(ctx.manager, c.id, (clocks) => clocks.milestone('on-site-arranged', at));
  }
}
