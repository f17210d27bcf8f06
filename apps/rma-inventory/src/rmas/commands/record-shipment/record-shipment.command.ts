import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaShippedV1 } from '@aftersales/contracts-rma-inventory';
import { shipsOnApproval } from '../../domain/rma.lifecycle';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaShippedData } from '../../integration/rma-shipped.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { RecordShipmentRequest } from './record-shipment.request';

/**
 * The spare, replacement or repaired unit leaves: carrier, tracking number and serial (R-RMA-2). A reserved spare (or
 * the new unit of a 三包 exchange, reserved now) is issued from stock; the ship-by clock, or the turnaround and processing clocks of a unit going back, are met.
 */
@Injectable()
export class RecordShipmentCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly deadlines: RmaDeadlineTimers,
  ) {}

  execute(id: string, request: RecordShipmentRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      const fromStock = shipsOnApproval(rma.type) || rma.type === 'return-for-exchange';
      if (rma.type === 'return-for-exchange' && !rma.reservationId && rma.status === 'inspected') {
        // R-WA-3 exchange: the new unit comes out of the nearest stock when it ships (a 409 saying where it is, if none).
        const partNumber = (await this.rmas.lines(m, rma.id)).find((l) => l.partNumber)?.partNumber ?? rma.productModel;
        if (partNumber) {
          const { calendar: _calendar, ...reservation } = await this.stock.reserve(m, { partNumber, region: rma.region, reference: rma.rmaNumber, caseId: rma.caseId, by: user.sub });
          Object.assign(rma, reservation);
        }
      }
      await this.rmas.move(m, rma, 'shipped', {
        action: 'shipped',
        by: user.sub,
        note: `${request.carrier} ${request.trackingNumber}, serial ${request.serialShipped}`,
        at: now,
        changes: {
          carrier: request.carrier,
          trackingNumber: request.trackingNumber,
          serialShipped: request.serialShipped,
          shippedAt: now,
          warehouseCode: rma.warehouseCode ?? rma.receivedWarehouse,
          partNumber: rma.partNumber ?? rma.productModel,
        },
      });
      if (fromStock && rma.reservationId) await this.stock.issue(m, rma.reservationId, request.serialShipped, user.sub);
      for (const clock of ['ship-by', 'turnaround', 'processing'] as const) await this.deadlines.cancel(m, rma.id, clock);
      await this.outbox.append(m, RmaShippedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaShippedData(rma, user.sub) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
