import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderDiagnosedV1, WorkOrderDiagnosedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

/**
 * The engineer diagnosed the fault (确诊, R-DS-8): the case records when (R-IN-3), its log says what was found, and
 * the R-SLA-3 diagnosis clock is met at that moment, which stops its escalation ladder.
 */
@Injectable()
export class OnWorkOrderDiagnosedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
  ) {}

  @OnEvent(WorkOrderDiagnosedV1, { name: 'record-diagnosis' })
  async handle(event: EventEnvelope<WorkOrderDiagnosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} diagnosed unknown case ${d.caseId}`);
    const at = new Date(d.diagnosedAt);
    if (!c.diagnosedAt) {
      c.diagnosedAt = at;
      c.updatedAt = at;
      c.version += 1;
      await ctx.manager.save(c);
    }
    await this.cases.log(ctx.manager, c.id, {
      actor: `engineer:${d.engineerId}`,
      kind: 'diagnosed',
      visibility: 'public',
      detail: { workOrderNumber: d.workOrderNumber, diagnosis: d.diagnosis, faultCode: d.faultCode },
      at,
    });
    await this.sla.within(ctx.manager, c.id, (clocks) => clocks.milestone('diagnosed', at));
  }
}
