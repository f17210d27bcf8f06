import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderRemoteSessionEndedV1, WorkOrderRemoteSessionEndedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';

/** Outcomes of a remote session after which dispatch turns the order on-site (R-DS-2). */
const GOES_ON_SITE: readonly string[] = ['needs-on-site', 'needs-parts'];

/**
 * A remote session ended needing the engineer on site (R-DS-2): from that moment an on-site visit is to be arranged
 * within 24 hours (R-SLA-1), so the plan's arrangement clock starts (once; a second such session changes nothing).
 */
@Injectable()
export class OnRemoteSessionEndedHandler {
  constructor(private readonly sla: SlaPort) {}

  @OnEvent(WorkOrderRemoteSessionEndedV1, { name: 'start-on-site-arrangement' })
  async handle(event: EventEnvelope<WorkOrderRemoteSessionEndedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (!GOES_ON_SITE.includes(d.outcome)) return;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} ended a remote session for unknown case ${d.caseId}`);
    if (c.status === 'resolved' || c.status === 'closed') return;
    await this.sla.within(ctx.manager, c.id, (clocks) => clocks.started('on-site-requested', new Date(d.endedAt), { status: c.status, channel: c.channel }));
  }
}
