import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaDeliveredV1, RmaSerialSwappedV1 } from '@aftersales/contracts-rma-inventory';
import { runsReturnClock } from '../../domain/rma.lifecycle';
import { returnScheduleFor } from '../../domain/rma-clocks.policy';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaDeliveredData } from '../../integration/rma-delivered.mapping';
import { rmaSerialSwappedData } from '../../integration/rma-serial-swapped.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { timeBefore, timeInFuture } from '../../rmas.errors';
import { ReturnChaseTimers } from '../../timers/return-chase.timers';
import { RecordDeliveryRequest } from './record-delivery.request';

/**
 * The shipment reached the customer. A replacement unit of another serial is a swap the installed base follows
 * (rma.serial-swapped.v1); after an advance replacement or DOA exchange the faulty unit is due back within
 * 10 working days of this delivery on the shipping warehouse's calendar (R-RMA-3).
 */
@Injectable()
export class RecordDeliveryCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly returns: ReturnChaseTimers,
  ) {}

  execute(id: string, request: RecordDeliveryRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const deliveredAt = request.deliveredAt ? new Date(request.deliveredAt) : now;
      if (deliveredAt.getTime() > now.getTime()) throw timeInFuture('deliveredAt');
      const rma = await this.rmas.lock(m, id);
      if (rma.shippedAt && deliveredAt.getTime() < rma.shippedAt.getTime()) throw timeBefore('deliveredAt', 'the shipment');
      const changes: Parameters<RmaRepository['move']>[3]['changes'] = { deliveredAt };
      const clock = runsReturnClock(rma.type) && rma.status === 'shipped';
      const schedule = clock ? returnScheduleFor(await this.stock.calendarOf(m, rma.warehouseCode), deliveredAt) : null;
      if (schedule) Object.assign(changes, { returnDueOn: schedule.dueOn, returnDueAt: schedule.dueAt });
      await this.rmas.move(m, rma, 'delivered', { action: 'delivered', by: user.sub, note: schedule ? `R-RMA-3: due back by ${schedule.dueAt.toISOString()}` : null, at: now, changes });
      if (schedule) await this.returns.schedule(m, rma.id, schedule);
      await this.outbox.append(m, RmaDeliveredV1, { aggregateId: rma.id, sequence: rma.version, data: rmaDeliveredData(rma) });
      // A unit replaced by another serial; a part swapped inside the same unit changes nothing in the installed base.
      const unitLine = (await this.rmas.lines(m, rma.id)).some((l) => l.kind === 'unit');
      if (unitLine && rma.serialShipped && rma.serialShipped !== rma.serialNumber) {
        await this.outbox.append(m, RmaSerialSwappedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaSerialSwappedData(rma, deliveredAt) });
      }
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
