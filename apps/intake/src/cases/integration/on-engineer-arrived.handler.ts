import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderEngineerArrivedV1, WorkOrderEngineerArrivedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

/**
 * The engineer arrived on site (dispatch's visit, R-DS-4): the case's log says so, publicly, and the clocks that stop
 * on the `on-site` milestone (R-SLA-1's on-site arrival) are met at the arrival, so nobody records it twice. A later
 * visit, or a replay, finds the clock already met and changes nothing but the log line of a new visit.
 */
@Injectable()
export class OnEngineerArrivedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
  ) {}

  @OnEvent(WorkOrderEngineerArrivedV1, { name: 'record-engineer-arrival' })
  async handle(event: EventEnvelope<WorkOrderEngineerArrivedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} arrived on site for unknown case ${d.caseId}`);
    const at = new Date(d.arrivedAt);
    await this.cases.log(ctx.manager, c.id, {
      actor: `engineer:${d.engineerId}`,
      kind: 'engineer-arrived',
      visibility: 'public',
      detail: { workOrderNumber: d.workOrderNumber, visitNumber: d.visitNumber, ...(d.engineerName ? { engineerName: d.engineerName } : {}) },
      at,
    });
    if (c.status === 'resolved' || c.status === 'closed') return;
    await this.sla.within(ctx.manager, c.id, (clocks) => clocks.milestone('on-site', at));
  }
}
