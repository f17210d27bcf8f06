import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DurableTimers } from '@aftersales/platform-timers';

/** Kind strings are stored with each pending timer: never rename them. */
export const DELIVERY_ATTEMPT_TIMER = 'notification-delivery-attempt';
export const QUIET_HOURS_DIGEST_TIMER = 'notification-quiet-hours-digest';

export interface DeliveryAttemptPayload {
  deliveryId: string;
  attempt: number;
}

export interface DigestPayload {
  personId: string;
}

/**
 * A send is a durable timer in the transaction that queued the delivery: claimed by one replica (SKIP LOCKED), fired
 * at most once per key, and still there after a restart. Each attempt has its own key (`:<n>`), so a retry is a new
 * timer at its backoff time, and a fired attempt never fires again.
 */
@Injectable()
export class DeliveryTimers {
  constructor(private readonly timers: DurableTimers) {}

  scheduleAttempt(m: EntityManager, deliveryId: string, attempt: number, at: Date): Promise<void> {
    const payload: DeliveryAttemptPayload = { deliveryId, attempt };
    return this.timers.schedule(m, { key: `delivery:${deliveryId}:${attempt}`, kind: DELIVERY_ATTEMPT_TIMER, fireAt: at, payload: { ...payload } });
  }

  /** The same attempt later, when a rate limit made it wait (a fired key never fires again, so the wait is in the key). */
  deferAttempt(m: EntityManager, deliveryId: string, attempt: number, at: Date): Promise<void> {
    const payload: DeliveryAttemptPayload = { deliveryId, attempt };
    return this.timers.schedule(m, { key: `delivery:${deliveryId}:${attempt}:wait-${at.getTime()}`, kind: DELIVERY_ATTEMPT_TIMER, fireAt: at, payload: { ...payload } });
  }

  /** One digest per person and end of quiet hours: every notice held that night joins it. */
  scheduleDigest(m: EntityManager, personId: string, at: Date): Promise<void> {
    const payload: DigestPayload = { personId };
    return this.timers.schedule(m, { key: `digest:${personId}:${at.toISOString()}`, kind: QUIET_HOURS_DIGEST_TIMER, fireAt: at, payload: { ...payload } });
  }
}
