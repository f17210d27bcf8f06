import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RmaRejectedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { RmaRepository } from '../../infrastructure/rma.repository';
import { rmaRejectedData } from '../../integration/rma-rejected.mapping';
import { RmaView, toRmaView } from '../../rma.view';
import { RmaDeadlineTimers } from '../../timers/rma-deadline.timers';
import { RejectRmaRequest } from './reject-rma.request';

/** The review's rejection, with the reason the customer is told (R-RMA-7); its clocks stop. */
@Injectable()
export class RejectRmaCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly rmas: RmaRepository,
    private readonly deadlines: RmaDeadlineTimers,
  ) {}

  execute(id: string, request: RejectRmaRequest, user: AuthUser): Promise<RmaView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rma = await this.rmas.lock(m, id);
      await this.rmas.move(m, rma, 'rejected', { action: 'rejected', by: user.sub, note: request.reason, at: now, changes: { decidedBy: user.sub, decisionReason: request.reason, decidedAt: now } });
      await this.deadlines.cancelAll(m, rma.id);
      await this.outbox.append(m, RmaRejectedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaRejectedData(rma) });
      return toRmaView(rma, await this.rmas.lines(m, rma.id), await this.rmas.history(m, rma.id));
    });
  }
}
