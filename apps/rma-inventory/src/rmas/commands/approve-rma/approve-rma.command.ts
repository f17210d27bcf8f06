import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RmaApprovedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { isPurchaseReturn, shipsOnApproval } from '../../domain/rma.lifecycle';
import { SHIP_BY_WARNING_MS, customerShipmentDeadline, shipByFor } from '../../domain/rma-clocks.policy';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaApprovedData } from '../../integration/rma-approved.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { partToShipMissing } from '../../rmas.errors';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { ApproveRmaRequest } from './approve-rma.request';

/**
 * The review's approval (R-RMA-7). An advance replacement or DOA exchange reserves the spare, or the best substitute,
 * in the nearest warehouse that has it, and ships by that warehouse's 14:00 cut-off (R-RMA-2); a purchase return gives
 * the customer 7 days to ship the goods (R-RMA-7). No spare anywhere: the stock's 409 and nothing changes.
 */
@Injectable()
export class ApproveRmaCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly deadlines: RmaDeadlineTimers,
  ) {}

  execute(id: string, request: ApproveRmaRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      const changes: Parameters<RmaRepository['move']>[3]['changes'] = { decidedBy: user.sub, decisionReason: request.reason, decidedAt: now };
      if (rma.status === 'requested' && shipsOnApproval(rma.type)) {
        const lines = await this.rmas.lines(m, rma.id);
        const partNumber = request.partNumber ?? lines.find((l) => l.partNumber)?.partNumber;
        if (!partNumber) throw partToShipMissing();
        // Refused with RMA.STOCK_UNAVAILABLE (409, what is available where) when nothing fits: nothing changes.
        const { calendar, ...reservation } = await this.stock.reserve(m, { partNumber, region: rma.region, reference: rma.rmaNumber, caseId: rma.caseId, by: user.sub });
        const ship = shipByFor(calendar, now, reservation.warehouseCode);
        Object.assign(changes, { ...reservation, shipBy: ship.shipBy, shipByRule: ship.rule });
        await this.deadlines.schedule(m, rma.id, 'ship-by', { dueAt: ship.shipBy, warnAt: new Date(Math.max(now.getTime(), ship.shipBy.getTime() - SHIP_BY_WARNING_MS)) });
      }
      if (rma.status === 'requested' && isPurchaseReturn(rma.type)) {
        await this.deadlines.schedule(m, rma.id, 'customer-shipment', customerShipmentDeadline(await this.stock.calendarOf(m, null), now));
      }
      await this.rmas.move(m, rma, 'approved', { action: 'approved', by: user.sub, note: request.reason, at: now, changes });
      await this.deadlines.cancel(m, rma.id, 'review');
      await this.outbox.append(m, RmaApprovedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaApprovedData(rma) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
