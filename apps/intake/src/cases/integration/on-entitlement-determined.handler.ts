import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseDispatchRequestedV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventContext, OnEvent, OutboxService, PermanentError } from '@aftersales/platform-messaging';
import { SlaPort } from '../../sla/integration/sla.port';
import { CaseStatusRecorder } from '../commands/case-status.recorder';
import { afterEntitlement } from '../domain/case-lifecycle';
import { chooseServiceMode } from '../domain/service-mode.policy';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';
import { caseDispatchRequestedData } from './case-dispatch-requested.mapping';

/** Records warranty's decision on the case and, when the fault needs field work, asks dispatch for it. */
@Injectable()
export class OnEntitlementDeterminedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly statuses: CaseStatusRecorder,
    private readonly sla: SlaPort,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @OnEvent(EntitlementDeterminedV1, { name: 'record-entitlement' })
  async handle(event: EventEnvelope<EntitlementDeterminedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    const cause = { correlationId: event.correlationId, causationId: event.id };
    const c = await m.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`entitlement ${d.decisionId} is for unknown case ${d.caseId}`);
    // The inbox stops exact duplicates; this also stops a re-published copy of the same decision.
    if (c.entitlement?.decisionId === d.decisionId) return;

    const now = this.clock.now();
    const choice = chooseServiceMode(c.category, d.allowedServiceModes);
    const next = afterEntitlement(c.status, choice.mode !== null);
    c.entitlement = {
      decisionId: d.decisionId,
      inWarranty: d.inWarranty,
      allowedServiceModes: d.allowedServiceModes,
      slaPlanCode: d.slaPlanCode,
      slaTerms: d.slaTerms ?? null,
      warrantyEndsOn: d.warrantyEndsOn,
    };
    if (next.requestDispatch) c.serviceMode = choice.mode;
    // The case's clocks are read once for the whole decision and written once at its end.
    await this.sla.within(m, c.id, async (clocks) => {
      // A contract's plan (R-SLA-1 premium 7x24) replaces the standard clocks before the status change meets any.
      await clocks.planKnown(d.slaPlanCode, now, { status: next.status, channel: c.channel }, d.slaTerms);
      if (next.status !== c.status) {
        const change = this.statuses.decide(c, next.status, 'system', now, { reason: 'entitlement recorded' });
        // The entitlement-recorded entry below tells the customer; the status change needs no entry of its own.
        await this.statuses.apply(m, c, change, { actor: 'system:warranty', kind: 'system', at: now, entry: 'none' }, { clocks, cause });
      } else {
        c.updatedAt = now;
        c.version += 1;
        await m.save(c);
      }
      await this.cases.log(m, c.id, {
        actor: 'system:warranty',
        kind: 'entitlement-recorded',
        visibility: 'public',
        detail: { decisionId: d.decisionId, inWarranty: d.inWarranty, warrantyEndsOn: d.warrantyEndsOn, rules: d.rules },
        at: now,
      });
      if (!next.requestDispatch || !choice.mode) {
        const reason = choice.mode ? `the case is already ${c.status}: no new dispatch request` : choice.reason;
        await this.cases.log(m, c.id, { actor: 'system:intake', kind: 'no-dispatch', detail: { reason }, at: now });
        return;
      }
      // R-SLA-1: a remote-assistance request is answered within 30 minutes; an on-site visit is arranged within 24 hours.
      const trigger = choice.mode === 'remote' ? 'remote-requested' : choice.mode === 'on-site' ? 'on-site-requested' : null;
      if (trigger) await clocks.started(trigger, now, { status: next.status, channel: c.channel });
      await this.outbox.append(m, CaseDispatchRequestedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: caseDispatchRequestedData(c, { serviceMode: choice.mode, inWarranty: d.inWarranty, requestedAt: now, slaDueAt: await clocks.dueTimes(), engineerResponse: await clocks.engineerResponse() }),
        ...cause,
      });
      await this.cases.log(m, c.id, {
        actor: 'system:intake',
        kind: 'dispatch-requested',
        visibility: 'public',
        detail: { serviceMode: choice.mode, inWarranty: d.inWarranty, reason: choice.reason },
        at: now,
      });
    });
  }
}
