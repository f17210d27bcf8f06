import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaClosedV1 } from '@aftersales/contracts-rma-inventory';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { SpareStock } from '../../infrastructure/spare-stock.port';
import { rmaClosedData } from '../../integration/rma-closed.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { CancelRmaRequest } from './cancel-rma.request';

/** Cancels an RMA before anything has shipped or come back: the spare's reservation is released, the clocks stop. */
@Injectable()
export class CancelRmaCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly deadlines: RmaDeadlineTimers,
  ) {}

  execute(id: string, request: CancelRmaRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      await this.rmas.move(m, rma, 'cancelled', { action: 'cancelled', by: user.sub, note: request.reason, at: now, changes: { closedAt: now } });
      if (rma.reservationId) await this.stock.release(m, rma.reservationId, user.sub);
      await this.deadlines.cancelAll(m, rma.id);
      await this.outbox.append(m, RmaClosedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaClosedData(rma, request.reason, user.sub) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
