import { Injectable } from '@nestjs/common';
import { DepotRepairTurnaroundBreachedV1, DepotRepairTurnaroundWarnedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { DepotRepairEntity } from '../infrastructure/depot-repair.entities';
import { depotTurnaroundBreachedData, depotTurnaroundWarnedData } from '../integration/depot-repair-turnaround.mapping';
import { DEPOT_TURNAROUND_TIMER } from './depot-turnaround.timers';

/** The depot turnaround's warning or breach (R-RMA-4), unless the unit has been shipped back. */
@Injectable()
export class OnDepotTurnaroundDueTimer {
  constructor(private readonly outbox: OutboxService) {}

  @OnTimer(DEPOT_TURNAROUND_TIMER)
  async fire(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const r = await m.getRepository(DepotRepairEntity).findOneBy({ id: String(timer.payload.repairId) });
    if (!r || !r.turnaroundDueAt || r.status === 'shipped-back') return;
    if (timer.payload.stage === 'warning') {
      await this.outbox.append(m, DepotRepairTurnaroundWarnedV1, { aggregateId: r.id, sequence: r.version, data: depotTurnaroundWarnedData(r, now) });
    } else {
      await this.outbox.append(m, DepotRepairTurnaroundBreachedV1, { aggregateId: r.id, sequence: r.version, data: depotTurnaroundBreachedData(r, now) });
    }
  }
}
