import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ContractExpiringV1 } from '@aftersales/contracts-warranty';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { ServiceContractEntity } from '../infrastructure/service-contract.entity';
import { contractExpiringData } from '../integration/contract-expiring.mapping';
import { CONTRACT_EXPIRY_TIMER } from './contract-expiry.timers';

/** A contract's renewal notice falls due (R-WA-6): contract.expiring.v1, in the transaction that marks the timer fired. */
@Injectable()
export class OnContractExpiryDueTimer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  @OnTimer(CONTRACT_EXPIRY_TIMER)
  async notify(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const contract = await m.getRepository(ServiceContractEntity).findOneBy({ id: String(timer.payload.contractId) });
    if (!contract) return;
    const zone = this.config.get<string>('WARRANTY_TIME_ZONE');
    const today = DateTime.fromJSDate(now, { zone }).startOf('day');
    const daysLeft = Math.max(0, Math.round(DateTime.fromISO(contract.endsOn, { zone }).diff(today, 'days').days));
    await this.outbox.append(m, ContractExpiringV1, { aggregateId: contract.id, sequence: 1, data: contractExpiringData(contract, daysLeft, now) });
  }
}
