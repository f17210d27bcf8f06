import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseDispatchRequestedV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { CaseStatusRecorder } from '../commands/case-status.recorder';
import { afterEntitlement } from '../domain/case-lifecycle';
import { chooseServiceMode } from '../domain/service-mode.policy';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';
import { SlaService } from '../../sla/sla.service';

/** Records warranty's decision on the case and, when the fault needs field work, asks dispatch for it. */
@Injectable()
export class OnEntitlementDeterminedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly statuses: CaseStatusRecorder,
    private readonly sla: SlaService,
    private readonly clock: Clock,
  ) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'record-entitlement' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`entitlement ${d.decisionId} is for unknown case ${d.caseId}`);
    // The inbox stops exact duplicates; this also stops a re-published copy of the same decision.
    if (c.entitlement?.decisionId === d.decisionId) return;

    const now = this.clock.now();
    const choice = chooseServiceMode(c.category, d.allowedServiceModes);
    const from = c.status;
    const next = afterEntitlement(c.status, choice.mode !== null);
    c.entitlement = {
      decisionId: d.decisionId,
      inWarranty: d.inWarranty,
      allowedServiceModes: d.allowedServiceModes,
      slaPlanCode: d.slaPlanCode,
      warrantyEndsOn: d.warrantyEndsOn,
    };
    c.status = next.status;
    if (next.requestDispatch) c.serviceMode = choice.mode;
    c.respondedAt ??= now;
    c.updatedAt = now;
    c.version += 1;
    await ctx.manager.save(c);
    // A contract's plan (R-SLA-1 premium 7x24) replaces the standard clocks before the status change meets any.
    await this.sla.onPlanKnown(ctx.manager, c.id, d.slaPlanCode, now);
    await this.cases.log(ctx.manager, c.id, {
      actor: 'system:warranty',
      kind: 'entitlement-recorded',
      visibility: 'public',
      detail: { decisionId: d.decisionId, inWarranty: d.inWarranty, warrantyEndsOn: d.warrantyEndsOn, rules: d.rules },
      at: now,
    });
    const action = next.status === 'in-progress' ? 'work-started' : 'acknowledged';
    await this.statuses.changed(ctx.manager, c, { from, to: c.status, action, reason: 'entitlement recorded', actor: 'system:warranty', at: now }, ctx.publish);
    if (!next.requestDispatch || !choice.mode) {
      const reason = choice.mode ? `the case is already ${c.status}: no new dispatch request` : choice.reason;
      await this.cases.log(ctx.manager, c.id, { actor: 'system:intake', kind: 'no-dispatch', detail: { reason }, at: now });
      return;
    }
    await ctx.publish(CaseDispatchRequestedV1, {
      aggregateId: c.id,
      sequence: c.version,
      data: {
        caseId: c.id,
        caseNumber: c.caseNumber,
        customerId: c.customerId,
        productModel: c.productModel,
        serialNumber: c.serialNumber,
        category: c.category,
        priority: c.priority,
        serviceMode: choice.mode,
        inWarranty: d.inWarranty,
        region: c.region,
        requestedAt: now.toISOString(),
        slaDueAt: await this.sla.dueTimes(ctx.manager, c.id),
      },
    });
    await this.cases.log(ctx.manager, c.id, {
      actor: 'system:intake',
      kind: 'dispatch-requested',
      visibility: 'public',
      detail: { serviceMode: choice.mode, inWarranty: d.inWarranty, reason: choice.reason },
      at: now,
    });
  }
}
