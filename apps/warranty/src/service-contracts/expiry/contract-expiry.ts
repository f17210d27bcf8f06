import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { ContractExpiringV1 } from '@aftersales/contracts-warranty';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock, DueTimer, DurableTimers, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { ServiceContractEntity } from '../infrastructure/service-contract.entity';

export const CONTRACT_EXPIRY_TIMER = 'contract-expiry-notice';

/**
 * The renewal notice of a service contract (R-WA-6): a durable timer set when the contract is registered, at 09:00
 * (warranty time zone) CONTRACT_EXPIRY_NOTICE_DAYS before its last day, firing contract.expiring.v1 once.
 */
@Injectable()
export class ContractExpiry {
  constructor(
    private readonly timers: DurableTimers,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private get zone(): string {
    return this.config.get<string>('WARRANTY_TIME_ZONE');
  }

  /** The moment the notice is due; a contract registered inside the notice period gets it at once. */
  noticeAt(endsOn: string, now: Date): Date | null {
    const lastDayEnd = DateTime.fromISO(endsOn, { zone: this.zone }).endOf('day');
    if (lastDayEnd.toMillis() < now.getTime()) return null; // already over: nothing to renew in time
    const notice = DateTime.fromISO(endsOn, { zone: this.zone }).minus({ days: this.config.get<number>('CONTRACT_EXPIRY_NOTICE_DAYS') }).set({ hour: 9 });
    return new Date(Math.max(notice.toMillis(), now.getTime()));
  }

  /** In the registering transaction. */
  async schedule(m: EntityManager, contract: Pick<ServiceContractEntity, 'id' | 'endsOn'>): Promise<void> {
    const at = this.noticeAt(contract.endsOn, this.clock.now());
    if (at) await this.timers.schedule(m, { key: `contract-expiry:${contract.id}`, kind: CONTRACT_EXPIRY_TIMER, fireAt: at, payload: { contractId: contract.id } });
  }

  @OnTimer(CONTRACT_EXPIRY_TIMER)
  async notify(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const contract = await m.getRepository(ServiceContractEntity).findOneBy({ id: String(timer.payload.contractId) });
    if (!contract) return;
    const today = DateTime.fromJSDate(now, { zone: this.zone }).startOf('day');
    const daysLeft = Math.max(0, Math.round(DateTime.fromISO(contract.endsOn, { zone: this.zone }).diff(today, 'days').days));
    await this.outbox.append(m, ContractExpiringV1, {
      aggregateId: contract.id,
      sequence: 1,
      data: {
        contractId: contract.id,
        contractNumber: contract.contractNumber,
        serialNumber: contract.serialNumber,
        customerId: contract.customerId,
        tier: contract.tier,
        slaPlanCode: contract.slaPlanCode,
        endsOn: contract.endsOn,
        daysLeft,
        noticedAt: now.toISOString(),
      },
    });
  }
}
