import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplaintStatusChangedV1, CustomerComplaintStandingChangedV1 } from '@aftersales/contracts-complaints';
import { EventContract, EventData } from '@aftersales/contracts-core';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig, AuthUser } from '@aftersales/platform-service-defaults';
import { ComplaintRules, complaintRules } from '../../config/complaints.config';
import { complaintNotFound, transitionOrConflict } from '../complaint.errors';
import { ComplaintStatus, awaitsAcknowledgement, isUnsolved } from '../domain/complaint-lifecycle';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { ComplaintRepository, JournalEntry } from '../infrastructure/complaint.repository';
import { complaintStatusChangedData } from '../integration/complaint-status-changed.mapping';
import { customerComplaintStandingChangedData } from '../integration/customer-complaint-standing-changed.mapping';
import { ComplaintDeadlineTimers } from '../timers/complaint-deadline.timers';

/** The event that caused a change, so the chain of causes stays readable. */
export interface Cause {
  correlationId?: string;
  causationId?: string;
}

/** `user:<subject>`: who did it, as the journal and the events name them. */
export const actorOf = (user: AuthUser) => `user:${user.sub}`;

/**
 * What every change of a complaint does, inside the command's transaction: the guarded transition (R-CP-2), the
 * journal entry, the event (one more version of the complaint), the deadline timers it starts or stops (R-CP-4)
 * and the customer's standing when it changes (R-CP-5).
 */
@Injectable()
export class ComplaintChanges {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly outbox: OutboxService,
    private readonly timers: ComplaintDeadlineTimers,
    private readonly config: AppConfig,
  ) {}

  rules(): ComplaintRules {
    return complaintRules(this.config);
  }

  /** The complaint, locked; another customer's is not found (R-IN-8). */
  async load(m: EntityManager, id: string, user: AuthUser): Promise<ComplaintEntity> {
    const c = await this.complaints.forUpdate(m, id);
    if (!c || (user.roles.includes('customer') && c.customerId !== user.customerId)) throw complaintNotFound(id);
    return c;
  }

  /** One more version of the complaint, announced; an event handler passes the event that caused it. */
  async publish<C extends EventContract>(m: EntityManager, c: ComplaintEntity, contract: C, data: EventData<C>, cause: Cause = {}): Promise<void> {
    c.version += 1;
    await this.outbox.append(m, contract, { aggregateId: c.id, sequence: c.version, data, ...cause });
  }

  journal(m: EntityManager, c: ComplaintEntity, entries: JournalEntry[]) {
    return this.complaints.journal(m, c.id, entries);
  }

  /** Moves the complaint to `to` (409 with the allowed ones when illegal), records and announces it. */
  async changeStatus(m: EntityManager, c: ComplaintEntity, to: ComplaintStatus, change: { actor: string; reason: string | null; at: Date }): Promise<void> {
    const from = c.status;
    c.status = transitionOrConflict(from, to);
    if (awaitsAcknowledgement(from) && !awaitsAcknowledgement(to)) {
      c.acknowledgedAt = change.at;
      await this.timers.cancel(m, c.id, 'acknowledgement');
    }
    if (to === 'resolved') c.resolvedAt = change.at;
    if (to === 'closed') c.closedAt = change.at;
    if (!isUnsolved(to)) await this.timers.cancel(m, c.id);
    // A reopened complaint is unsolved again: its handling deadline runs on (and escalates if it has passed).
    if (to === 'reopened') {
      c.resolvedAt = null;
      await this.timers.scheduleRunning(m, c, this.rules().deadlines, change.at);
    }
    await this.journal(m, c, [{ actor: change.actor, kind: 'status-changed', note: `${from} → ${to}${change.reason ? `: ${change.reason}` : ''}`, at: change.at, detail: { from, to } }]);
    await this.publish(m, c, ComplaintStatusChangedV1, complaintStatusChangedData(c, { from, ...change }));
    if (isUnsolved(from) !== isUnsolved(to)) {
      // The standing is recounted from the stored complaints: this one's new status first.
      await this.complaints.save(m, c);
      await this.publishStanding(m, c.customerId, change.at);
    }
  }

  /** R-CP-5: recounts the customer's standing and publishes it (intake keeps a copy). */
  async publishStanding(m: EntityManager, customerId: string, at: Date, cause: Cause = {}): Promise<void> {
    await this.complaints.lockStanding(m, customerId, at);
    const { standing, version } = await this.complaints.recountStanding(m, customerId);
    await this.outbox.append(m, CustomerComplaintStandingChangedV1, { aggregateId: customerId, sequence: version, data: customerComplaintStandingChangedData(customerId, standing, at), ...cause });
  }
}
