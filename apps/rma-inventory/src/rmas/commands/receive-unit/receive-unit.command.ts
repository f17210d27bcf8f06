import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaUnitReceivedV1 } from '@aftersales/contracts-rma-inventory';
import { isPurchaseReturn, runsTurnaround } from '../../domain/rma.lifecycle';
import { processingDeadline, turnaroundDeadline } from '../../domain/rma-clocks.policy';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaUnitReceivedData } from '../../integration/rma-unit-received.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { wrongUnitReceived } from '../../rmas.errors';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { ReturnChaseTimers } from '../../timers/return-chase.timers';
import { ReceiveUnitRequest } from './receive-unit.request';

/**
 * The unit the RMA expects came back: the return clock and the customer's 7 days stop (R-RMA-3, R-RMA-7), it is
 * booked into the warehouse, an exchange repair starts its 72 working hours (R-RMA-4) and a purchase return its
 * 3-5 working days of processing (R-RMA-7), on the receiving warehouse's calendar.
 */
@Injectable()
export class ReceiveUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly deadlines: RmaDeadlineTimers,
    private readonly returns: ReturnChaseTimers,
  ) {}

  execute(id: string, request: ReceiveUnitRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      if (request.serialNumber !== rma.serialNumber) throw wrongUnitReceived(rma.serialNumber, request.serialNumber);
      const warehouseCode = request.warehouseCode ?? rma.warehouseCode;
      const cal = await this.stock.calendarOf(m, warehouseCode ?? null);
      const turnaround = runsTurnaround(rma.type) ? turnaroundDeadline(cal, now) : null;
      const processing = isPurchaseReturn(rma.type) ? processingDeadline(cal, now) : null;
      await this.rmas.move(m, rma, 'received', {
        action: 'received',
        by: user.sub,
        note: warehouseCode ? `into ${warehouseCode}` : null,
        at: now,
        changes: { receivedAt: now, receivedWarehouse: warehouseCode ?? null, turnaroundDueAt: turnaround?.dueAt ?? null, processingDueAt: processing?.dueAt ?? null },
      });
      await this.returns.cancel(m, rma.id);
      await this.deadlines.cancel(m, rma.id, 'customer-shipment');
      if (turnaround) await this.deadlines.schedule(m, rma.id, 'turnaround', turnaround);
      if (processing) await this.deadlines.schedule(m, rma.id, 'processing', processing);
      if (rma.type === 'standby-loan') {
        if (rma.reservationId) await this.stock.returnLoan(m, rma.reservationId, warehouseCode ?? null, user.sub); // R-DS-5: the loan is back
      } else if (warehouseCode) await this.stock.receiveReturn(m, { warehouseCode, partNumber: rma.partNumber, serialNumber: rma.serialNumber, reference: rma.rmaNumber, by: user.sub });
      await this.outbox.append(m, RmaUnitReceivedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaUnitReceivedData(rma, request.serialNumber, user.sub) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
