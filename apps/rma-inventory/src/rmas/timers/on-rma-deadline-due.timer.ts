import { Injectable } from '@nestjs/common';
import type { RmaClock, RmaStatus } from '@aftersales/contracts-rma-inventory';
import { RmaDeadlineMissedV1, RmaDeadlineWarnedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { RmaEntity } from '../infrastructure/rma.entities';
import { RmaRepository } from '../infrastructure/rma.repository';
import { rmaDeadlineMissedData } from '../integration/rma-deadline-missed.mapping';
import { rmaDeadlineWarnedData } from '../integration/rma-deadline-warned.mapping';
import { RMA_DEADLINE_TIMER, RmaDeadlinePayload } from './rma-deadline.timers';

/** While the RMA is in one of these statuses, the clock has not been met. */
const RUNNING: Readonly<Record<RmaClock, readonly RmaStatus[]>> = {
  review: ['requested'],
  'ship-by': ['approved'],
  'customer-shipment': ['approved'],
  turnaround: ['received', 'inspected'],
  processing: ['received', 'inspected'],
};

/** An RMA deadline's warning or miss: one event each, in the transaction that marks the timer fired. */
@Injectable()
export class OnRmaDeadlineDueTimer {
  constructor(
    private readonly rmas: RmaRepository,
    private readonly outbox: OutboxService,
  ) {}

  @OnTimer(RMA_DEADLINE_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const p = timer.payload as unknown as RmaDeadlinePayload;
    const found = await m.getRepository(RmaEntity).findOne({ where: { id: p.rmaId }, lock: { mode: 'pessimistic_write' } });
    if (!found || !RUNNING[p.clock].includes(found.status)) return; // met or ended in the meantime
    const dueAt = new Date(p.dueAt);
    const rma = await this.rmas.note(m, found, { action: `${p.clock}-${p.stage === 'warning' ? 'warned' : 'missed'}`, by: 'system', at: now });
    if (p.stage === 'warning') {
      await this.outbox.append(m, RmaDeadlineWarnedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaDeadlineWarnedData(rma, p.clock, dueAt, now) });
    } else {
      await this.outbox.append(m, RmaDeadlineMissedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaDeadlineMissedData(rma, p.clock, dueAt, now) });
    }
  }
}
