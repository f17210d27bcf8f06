import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCustomerContactedV1, WorkOrderCustomerContactedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

/**
 * The engineer reached the customer (R-SLA-4, published by dispatch): the case's log says so, publicly, and the
 * clocks that stop on the customer contact (the response clocks) are met at that moment.
 */
@Injectable()
export class OnCustomerContactedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
  ) {}

  @OnEvent(WorkOrderCustomerContactedV1, { name: 'record-customer-contact' })
  async handle(event: EventEnvelope<WorkOrderCustomerContactedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} contacted the customer of unknown case ${d.caseId}`);
    const at = new Date(d.contactedAt);
    // R-SLA-1: the engineer reaching the customer is a person's answer: the case's response, if none came before.
    if (!c.respondedAt || c.respondedAt > at) {
      c.respondedAt = at;
      await ctx.manager.save(c);
    }
    await this.cases.log(ctx.manager, c.id, {
      actor: `engineer:${d.engineerId}`,
      kind: 'engineer-contacted-customer',
      visibility: 'public',
      detail: { workOrderNumber: d.workOrderNumber, channel: d.channel, respondBy: d.respondBy, withinTarget: d.withinTarget },
      at,
    });
    await this.sla.within(ctx.manager, c.id, (clocks) => clocks.milestone('customer-contacted', at));
  }
}
