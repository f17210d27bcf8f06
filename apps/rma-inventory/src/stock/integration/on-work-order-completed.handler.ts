import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1, WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { StockIssuedV1, StockReservationIssuedV1 } from '@aftersales/contracts-rma-inventory';
import { EventContext, OnEvent, OutboxService, PermanentError } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { In } from 'typeorm';
import { StockReservationEntity } from '../infrastructure/stock.entities';
import { StockLedger } from '../infrastructure/stock-ledger';
import { reservationIssuedData } from './stock-reservation.mapping';
import { stockIssuedData } from './stock-issued.mapping';

/**
 * Parts used on a completed work order are booked out of the warehouse they came from (R-RMA-5). The part was used,
 * so it was there: when the ledger holds fewer unreserved than were used, the difference is first booked as a count
 * adjustment (a discrepancy the managers see in the ledger), and stock never goes negative. Stock reserved for the
 * work order (a reservation whose reference is its number or id) is what it used first; those reservations are issued,
 * and what they held beyond what was used is available again.
 */
@Injectable()
export class OnWorkOrderCompletedHandler {
  constructor(
    private readonly ledger: StockLedger,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @OnEvent(WorkOrderCompletedV1, { name: 'issue-parts' })
  async handle(event: EventEnvelope<WorkOrderCompletedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (d.partsUsed.length === 0) return;
    const [warehouse] = await ctx.manager.query(`SELECT 1 FROM warehouses WHERE code = $1`, [d.warehouseCode]);
    if (!warehouse) throw new PermanentError(`work order ${d.workOrderNumber} drew parts from unknown warehouse ${d.warehouseCode}`);
    const known: { part_number: string }[] = await ctx.manager.query(`SELECT part_number FROM spare_parts WHERE part_number = ANY($1)`, [
      d.partsUsed.map((p) => p.partNumber),
    ]);
    const unknown = d.partsUsed.filter((p) => !known.some((k) => k.part_number === p.partNumber));
    if (unknown.length > 0) throw new PermanentError(`unknown spare parts: ${unknown.map((p) => p.partNumber).join(', ')}`);
    const [already] = await ctx.manager.query(`SELECT 1 FROM stock_ledger WHERE work_order_id = $1 AND reason = 'issue' LIMIT 1`, [d.workOrderId]);
    if (already) return; // booked before (a replayed copy of the event)
    const now = this.clock.now();
    const cause = { correlationId: event.correlationId, causationId: event.id };
    const lines = [];
    for (const part of d.partsUsed) {
      // Stock reserved for this work order (by its number or id) is what it used first: those reservations are issued.
      const reservations = await ctx.manager.getRepository(StockReservationEntity).find({
        where: { kind: 'reservation', status: 'active', warehouseCode: d.warehouseCode, partNumber: part.partNumber, reference: In([d.workOrderNumber, d.workOrderId]) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const reservedForIt = reservations.reduce((sum, r) => sum + r.quantity, 0);
      const issue = {
        warehouseCode: d.warehouseCode,
        partNumber: part.partNumber,
        onHandDelta: -part.quantity,
        reservedDelta: -reservedForIt,
        reason: 'issue' as const,
        actor: d.engineerId,
        note: `used on work order ${d.workOrderNumber}`,
        reference: d.workOrderNumber,
        workOrderId: d.workOrderId,
        caseId: d.caseId,
        reservationId: reservations[0]?.id ?? null,
        at: now,
        correlation: cause,
      };
      let after = await this.ledger.tryMove(ctx.manager, issue);
      if (!after) {
        const [level] = await ctx.manager.query(`SELECT on_hand - reserved AS available FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [
          d.warehouseCode,
          part.partNumber,
        ]);
        await this.ledger.move(ctx.manager, {
          ...issue,
          onHandDelta: part.quantity - reservedForIt - Math.max(0, Number(level?.available ?? 0)),
          reservedDelta: 0,
          reservationId: null,
          reason: 'adjustment',
          note: `work order ${d.workOrderNumber} used more than the ledger held for it`,
        });
        after = await this.ledger.move(ctx.manager, issue);
      }
      for (const r of reservations) {
        r.status = 'issued';
        r.version += 1;
        r.updatedAt = now;
        await ctx.manager.getRepository(StockReservationEntity).save(r);
        await this.outbox.append(ctx.manager, StockReservationIssuedV1, {
          aggregateId: r.id,
          sequence: r.version,
          data: reservationIssuedData(r, 'work-order', after.onHand, d.engineerId, now),
          ...cause,
        });
      }
      lines.push({ partNumber: part.partNumber, quantity: part.quantity, onHandAfter: after.onHand });
    }
    const issueId = uuidv7();
    // Caused by the work order's completion: its correlation id carries on.
    await this.outbox.append(ctx.manager, StockIssuedV1, {
      aggregateId: issueId,
      sequence: 1,
      data: stockIssuedData(issueId, d, lines, now),
      correlationId: event.correlationId,
      causationId: event.id,
    });
  }
}
