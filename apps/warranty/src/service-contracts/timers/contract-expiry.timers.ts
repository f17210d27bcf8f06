import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock, DurableTimers } from '@aftersales/platform-timers';
import { ServiceContractEntity } from '../infrastructure/service-contract.entity';

/** The timer kind as stored in warranty's timers table: never rename it, pending rows carry it. */
export const CONTRACT_EXPIRY_TIMER = 'contract-expiry-notice';

export interface ContractExpiryPayload {
  contractId: string;
}

/**
 * The renewal notice of a service contract (R-WA-6): a durable timer set when the contract is registered, at 09:00
 * (warranty time zone) CONTRACT_EXPIRY_NOTICE_DAYS before its last day, firing contract.expiring.v1 once
 * (on-contract-expiry-due.timer.ts).
 */
@Injectable()
export class ContractExpiryTimers {
  constructor(
    private readonly timers: DurableTimers,
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
    const payload: ContractExpiryPayload = { contractId: contract.id };
    if (at) await this.timers.schedule(m, { key: `contract-expiry:${contract.id}`, kind: CONTRACT_EXPIRY_TIMER, fireAt: at, payload: { ...payload } });
  }
}
