import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaClosedV1 } from '@aftersales/contracts-rma-inventory';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { rmaClosedData } from '../../integration/rma-closed.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { CloseRmaRequest } from './close-rma.request';

/** Closes an RMA that has been carried out; a purchase return says whether it was processed in time (R-RMA-7). */
@Injectable()
export class CloseRmaCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly deadlines: RmaDeadlineTimers,
  ) {}

  execute(id: string, request: CloseRmaRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      await this.rmas.move(m, rma, 'closed', { action: 'closed', by: user.sub, note: request.reason, at: now, changes: { closedAt: now } });
      await this.deadlines.cancelAll(m, rma.id);
      await this.outbox.append(m, RmaClosedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaClosedData(rma, request.reason, user.sub) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
