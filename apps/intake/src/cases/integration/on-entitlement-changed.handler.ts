import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EntitlementChangedV1, EntitlementChangedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';

/**
 * Warranty re-evaluated the case on new evidence (R-WA-7): the case shows the new outcome, and its log tells the
 * customer why, e.g. that the damage found makes the repair paid service (R-WA-2).
 */
@Injectable()
export class OnEntitlementChangedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
    private readonly sla: SlaPort,
  ) {}

  @OnEvent(EntitlementChangedV1, { name: 'record-entitlement-change' })
  async handle(event: EventEnvelope<EntitlementChangedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`entitlement ${d.decisionId} changed for unknown case ${d.caseId}`);
    const now = this.clock.now();
    c.entitlement = {
      decisionId: d.decisionId,
      inWarranty: d.current.inWarranty,
      allowedServiceModes: d.current.allowedServiceModes,
      slaPlanCode: d.current.slaPlanCode,
      slaTerms: c.entitlement?.slaTerms ?? null,
      warrantyEndsOn: c.entitlement?.warrantyEndsOn ?? null,
    };
    c.updatedAt = now;
    c.version += 1;
    await ctx.manager.save(c);
    // A contract that no longer covers the case (or newly does) changes the plan its clocks run on (R-SLA-1).
    if (d.current.slaPlanCode !== d.previous.slaPlanCode) {
      await this.sla.within(ctx.manager, c.id, (clocks) => clocks.planKnown(d.current.slaPlanCode, now, { status: c.status, channel: c.channel }, c.entitlement?.slaTerms));
    }
    await this.cases.log(ctx.manager, c.id, {
      actor: 'system:warranty',
      kind: 'entitlement-changed',
      visibility: 'public',
      detail: { previous: d.previous, current: { inWarranty: d.current.inWarranty, remedy: d.current.remedy }, reason: d.reason, evidence: d.evidence },
      at: now,
    });
  }
}
