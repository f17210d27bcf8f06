import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import {
  RmaApprovedV1,
  RmaApprovedV1Data,
  RmaChargeRaisedV1,
  RmaChargeRaisedV1Data,
  RmaClosedV1,
  RmaClosedV1Data,
  RmaDeliveredV1,
  RmaDeliveredV1Data,
  RmaOpenedV1,
  RmaOpenedV1Data,
  RmaRejectedV1,
  RmaRejectedV1Data,
  RmaShippedV1,
  RmaShippedV1Data,
  RmaUnitInspectedV1,
  RmaUnitInspectedV1Data,
  RmaUnitReceivedV1,
  RmaUnitReceivedV1Data,
} from '@aftersales/contracts-rma-inventory';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { CaseRmaChange, applyRmaChange } from '../domain/case-rma.projection';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

type Ref = { rmaId: string; rmaNumber: string; type: string };

/**
 * Intake shows the RMA on the case (issue #11): waiting on parts while a spare is due, the shipment, the return
 * (R-RMA-2, R-RMA-3). Each of rma-inventory's RMA events updates the case's small projection and its public log;
 * the events may come in any order (applyRmaChange).
 */
@Injectable()
export class OnRmaProgressHandler {
  private readonly logger = new Logger('OnRmaProgress');

  constructor(private readonly cases: CaseRepository) {}

  @OnEvent(RmaOpenedV1, { name: 'case-rma-opened' })
  opened(e: EventEnvelope<RmaOpenedV1Data>, ctx: EventContext) {
    return this.apply(ctx, e, e.data.caseId, { ...ref(e.data), status: 'requested' }, 'rma-opened', { rmaNumber: e.data.rmaNumber, type: e.data.type });
  }

  @OnEvent(RmaApprovedV1, { name: 'case-rma-approved' })
  approved(e: EventEnvelope<RmaApprovedV1Data>, ctx: EventContext) {
    return this.apply(ctx, e, e.data.caseId, { ...ref(e.data), status: 'approved', spareDueBy: e.data.shipBy }, 'rma-approved', { rmaNumber: e.data.rmaNumber, shipBy: e.data.shipBy });
  }

  @OnEvent(RmaRejectedV1, { name: 'case-rma-rejected' })
  rejected(e: EventEnvelope<RmaRejectedV1Data>, ctx: EventContext) {
    return this.apply(ctx, e, e.data.caseId, { ...ref(e.data), status: 'rejected' }, 'rma-rejected', { rmaNumber: e.data.rmaNumber, reason: e.data.reason });
  }

  @OnEvent(RmaShippedV1, { name: 'case-rma-shipped' })
  shipped(e: EventEnvelope<RmaShippedV1Data>, ctx: EventContext) {
    const d = e.data;
    const shipment = { carrier: d.carrier, trackingNumber: d.trackingNumber, serialShipped: d.serialShipped, shippedAt: d.shippedAt };
    return this.apply(ctx, e, d.caseId, { ...ref(d), status: 'shipped', shipment }, 'rma-shipped', { rmaNumber: d.rmaNumber, ...shipment });
  }

  @OnEvent(RmaDeliveredV1, { name: 'case-rma-delivered' })
  delivered(e: EventEnvelope<RmaDeliveredV1Data>, ctx: EventContext) {
    const d = e.data;
    return this.apply(ctx, e, d.caseId, { ...ref(d), status: 'delivered', deliveredAt: d.deliveredAt, returnDueOn: d.returnDueOn }, 'rma-delivered', {
      rmaNumber: d.rmaNumber,
      returnDueOn: d.returnDueOn,
    });
  }

  @OnEvent(RmaUnitReceivedV1, { name: 'case-rma-unit-received' })
  received(e: EventEnvelope<RmaUnitReceivedV1Data>, ctx: EventContext) {
    const d = e.data;
    return this.apply(ctx, e, d.caseId, { ...ref(d), status: 'received', returnedAt: d.receivedAt }, 'rma-unit-received', { rmaNumber: d.rmaNumber, late: d.late });
  }

  @OnEvent(RmaUnitInspectedV1, { name: 'case-rma-unit-inspected' })
  inspected(e: EventEnvelope<RmaUnitInspectedV1Data>, ctx: EventContext) {
    const d = e.data;
    return this.apply(ctx, e, d.caseId, { ...ref(d), status: 'inspected', inspection: d.result }, 'rma-unit-inspected', { rmaNumber: d.rmaNumber, result: d.result });
  }

  @OnEvent(RmaChargeRaisedV1, { name: 'case-rma-charged' })
  charged(e: EventEnvelope<RmaChargeRaisedV1Data>, ctx: EventContext) {
    return this.apply(ctx, e, e.data.caseId, { ...ref(e.data), status: 'charged' }, 'rma-charged', { rmaNumber: e.data.rmaNumber });
  }

  @OnEvent(RmaClosedV1, { name: 'case-rma-closed' })
  closed(e: EventEnvelope<RmaClosedV1Data>, ctx: EventContext) {
    return this.apply(ctx, e, e.data.caseId, { ...ref(e.data), status: e.data.status }, 'rma-closed', { rmaNumber: e.data.rmaNumber, status: e.data.status, reason: e.data.reason });
  }

  private async apply(ctx: EventContext, e: EventEnvelope, caseId: string, change: Omit<CaseRmaChange, 'sequence'>, kind: string, detail: Record<string, unknown>): Promise<void> {
    const c = await ctx.manager.getRepository(CaseEntity).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) {
      this.logger.warn(`RMA ${change.rmaNumber} is for case ${caseId}, which intake does not know; nothing to show`);
      return;
    }
    c.rmas = applyRmaChange(c.rmas ?? [], { ...change, sequence: e.sequence });
    await ctx.manager.getRepository(CaseEntity).update({ id: c.id }, { rmas: c.rmas });
    await this.cases.log(ctx.manager, c.id, { actor: 'system:rma-inventory', kind, visibility: 'public', detail, at: new Date(e.time) });
  }
}

function ref(d: Ref): Ref {
  return { rmaId: d.rmaId, rmaNumber: d.rmaNumber, type: d.type };
}
