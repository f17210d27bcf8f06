import { Injectable } from '@nestjs/common';
import { RmaChargeRaisedV1, RmaReturnChasedV1, RmaReturnOverdueV1, RmaReturnRemindedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { RmaEntity } from '../infrastructure/rma.entities';
import { RmaRepository } from '../infrastructure/rma.repository';
import { SpareStock } from '../infrastructure/spare-stock.port';
import { rmaChargeRaisedData } from '../integration/rma-charge-raised.mapping';
import { rmaReturnChasedData } from '../integration/rma-return-chased.mapping';
import { rmaReturnOverdueData } from '../integration/rma-return-overdue.mapping';
import { rmaReturnRemindedData } from '../integration/rma-return-reminded.mapping';
import { RMA_RETURN_TIMER, ReturnChasePayload } from './return-chase.timers';

/**
 * One step of R-RMA-3's return clock while the unit is still out: the reminder, overdue, a chaser, and after the
 * last chaser the charge (the RMA becomes `charged`, rma.charge-raised.v1 goes to billing).
 */
@Injectable()
export class OnReturnChaseDueTimer {
  constructor(
    private readonly rmas: RmaRepository,
    private readonly stock: SpareStock,
    private readonly outbox: OutboxService,
  ) {}

  @OnTimer(RMA_RETURN_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const p = timer.payload as unknown as ReturnChasePayload;
    const found = await m.getRepository(RmaEntity).findOne({ where: { id: p.rmaId }, lock: { mode: 'pessimistic_write' } });
    if (!found || found.status !== 'delivered') return; // back already (or charged): nothing to chase
    if (p.stage === 'charge') {
      const rma = await this.rmas.move(m, found, 'charged', { action: 'charged', by: 'system', note: 'R-RMA-3: not returned after the last chaser', at: now, changes: { chargedAt: now } });
      const cost = rma.partNumber ? await this.stock.unitCost(m, rma.partNumber) : null;
      await this.outbox.append(m, RmaChargeRaisedV1, { aggregateId: rma.id, sequence: rma.version, data: rmaChargeRaisedData(rma, cost, now) });
      return;
    }
    const action = p.stage === 'chaser' ? `return-chased-${p.n}` : `return-${p.stage === 'reminder' ? 'reminded' : 'overdue'}`;
    const rma = await this.rmas.note(m, found, { action, by: 'system', at: now });
    const event = { aggregateId: rma.id, sequence: rma.version };
    if (p.stage === 'reminder') await this.outbox.append(m, RmaReturnRemindedV1, { ...event, data: rmaReturnRemindedData(rma, now) });
    else if (p.stage === 'overdue') await this.outbox.append(m, RmaReturnOverdueV1, { ...event, data: rmaReturnOverdueData(rma, now) });
    else await this.outbox.append(m, RmaReturnChasedV1, { ...event, data: rmaReturnChasedData(rma, p.n ?? 1, p.of ?? 1, now) });
  }
}
