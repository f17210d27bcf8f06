import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { RmaType } from '@aftersales/contracts-rma-inventory';
import { RmaOpenedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult, nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { initialStatus } from '../../domain/rma.lifecycle';
import { returnScheduleFor, reviewDeadline } from '../../domain/rma-clocks.policy';
import { decideShippingPayer } from '../../domain/shipping-payer.policy';
import { RmaEntity, RmaLineEntity } from '../../infrastructure/rma.entities';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaOpenedData } from '../../integration/rma-opened.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { isUniqueViolation, openRmaForDecision } from '../../rmas.errors';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { ReturnChaseTimers } from '../../timers/return-chase.timers';
import { OpenRmaInput, OpenRmaRequest } from './open-rma.request';

export interface OpenRmaSpec extends Omit<OpenRmaInput, 'type'> {
  type: RmaType;
  source: RmaEntity['source'];
  openedBy: string;
  workOrderId?: string | null;
  /** A standby loan starts with the unit already at the customer's (R-DS-5). */
  deliveredAt?: Date | null;
}

/** Opens an RMA (R-RMA-1): who pays the shipping (R-RMA-8) and the 24-hour review clock (R-RMA-7) with it. */
@Injectable()
export class OpenRmaCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly deadlines: RmaDeadlineTimers,
    private readonly returns: ReturnChaseTimers,
  ) {}

  async execute(request: OpenRmaRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<RmaView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `open-rma:${user.sub}`, request }, async () => {
          if (request.decisionId) {
            const open = await m.query(`SELECT 1 FROM rmas WHERE decision_id = $1 AND status NOT IN ('rejected', 'cancelled', 'closed')`, [request.decisionId]);
            if (open.length > 0) throw openRmaForDecision(request.decisionId);
          }
          const rma = await this.openIn(m, { ...request, source: 'agent', openedBy: user.sub });
          return { status: 201, body: toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id)) };
        }),
      );
    } catch (error) {
      throw request.decisionId && isUniqueViolation(error) ? openRmaForDecision(request.decisionId) : error;
    }
  }

  /** A standby loan's unit, when the stock knows its serial, is issued on loan from its warehouse (R-DS-5). */
  async lendStandby(m: EntityManager, rma: RmaEntity, by: string): Promise<void> {
    const loan = await this.stock.lend(m, { serialNumber: rma.serialNumber, reference: rma.rmaNumber, by });
    if (!loan) return;
    await m.getRepository(RmaEntity).update({ id: rma.id }, { reservationId: loan.loanId, warehouseCode: loan.warehouseCode, partNumber: loan.partNumber });
    Object.assign(rma, { reservationId: loan.loanId, warehouseCode: loan.warehouseCode, partNumber: loan.partNumber });
  }

  /** In the caller's transaction (an agent's request, warranty's decision, dispatch's visit). */
  async openIn(m: EntityManager, spec: OpenRmaSpec, correlation?: { correlationId: string; causationId: string }): Promise<RmaEntity> {
    const now = this.clock.now();
    const shipping = decideShippingPayer({ type: spec.type, reasonCodes: spec.lines.map((l) => l.reasonCode), cause: spec.faultCause });
    const status = initialStatus(spec.type);
    const review = status === 'requested' ? reviewDeadline(now) : null;
    const rma = m.getRepository(RmaEntity).create({
      id: uuidv7(),
      rmaNumber: await nextDocumentNumber(m, 'rma_number_seq', 'RMA', now),
      type: spec.type,
      status,
      source: spec.source,
      caseId: spec.caseId,
      decisionId: spec.decisionId,
      workOrderId: spec.workOrderId ?? null,
      serialNumber: spec.serialNumber,
      productModel: spec.productModel,
      customerId: spec.customerId,
      region: spec.region,
      faultCause: spec.faultCause,
      shippingPayer: shipping.payer,
      shippingRule: shipping.rule,
      openedBy: spec.openedBy,
      openedAt: now,
      reviewDueAt: review?.dueAt ?? null,
      deliveredAt: spec.deliveredAt ?? null,
      // A lent unit kept is charged as what it is (R-DS-5, R-RMA-3).
      partNumber: spec.deliveredAt ? (spec.lines[0]?.partNumber ?? null) : null,
      version: 1,
      updatedAt: now,
    });
    if (spec.deliveredAt) {
      const schedule = returnScheduleFor(await this.stock.calendarOf(m, null), spec.deliveredAt);
      rma.returnDueOn = schedule.dueOn;
      rma.returnDueAt = schedule.dueAt;
      await this.returns.schedule(m, rma.id, schedule);
    }
    await m.getRepository(RmaEntity).insert(rma);
    const lines = spec.lines.map((l, i) =>
      m.getRepository(RmaLineEntity).create({ rmaId: rma.id, lineNo: i + 1, kind: l.kind, serialNumber: l.serialNumber, partNumber: l.partNumber, quantity: l.quantity, reasonCode: l.reasonCode }),
    );
    await m.getRepository(RmaLineEntity).insert(lines);
    await this.rmas.record(m, rma, null, { action: 'opened', by: spec.openedBy, note: shipping.rule, at: now });
    if (review) await this.deadlines.schedule(m, rma.id, 'review', review);
    await this.outbox.append(m, RmaOpenedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaOpenedData(rma, lines), ...correlation });
    return rma;
  }
}
