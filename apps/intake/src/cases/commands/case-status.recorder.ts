import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseClosedV1, CaseResolvedV1, CaseStatusChangedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { CaseLifecycleRules, caseLifecycleRules } from '../../config/intake.config';
import { CaseSla, SlaActor, SlaPort } from '../../sla/integration/sla.port';
import { asDomainError } from '../case.errors';
import { CaseStatus } from '../domain/case-lifecycle';
import { StatusActor, StatusChange, decideStatusChange } from '../domain/case-status-change';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { caseClosedData } from '../integration/case-closed.mapping';
import { caseResolvedData } from '../integration/case-resolved.mapping';
import { caseStatusChangedData } from '../integration/case-status-changed.mapping';

/** The event being handled, when a handler changes the status: the events written carry its correlation on. */
export interface EventCause {
  correlationId: string;
  causationId: string;
}

/** How the change appears in the case's activity log. */
export type StatusEntry =
  /** The default: an entry named after the action, with from, to, reason, resolution, confirmation and `detail`. */
  | undefined
  /** The caller's own entry tells it (warranty's decision is logged as `entitlement-recorded`). */
  | 'none'
  /** The action's entry with this detail instead (a work order's completion names the work order). */
  | { detail: Record<string, unknown> };

/**
 * The one way a case's status changes, inside the caller's ONE transaction: the case row, its activity entry
 * (actor and time, R-IN-3), the SLA engine's hook (pause, resume, stop clocks: R-SLA-6) and the events. Commands,
 * the auto-close sweep and the event handlers all come here.
 */
@Injectable()
export class CaseStatusRecorder {
  readonly rules: CaseLifecycleRules;

  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
    private readonly outbox: OutboxService,
    config: AppConfig,
  ) {
    this.rules = caseLifecycleRules(config);
  }

  /** The lifecycle's decision for this case under the configured windows; refusals become problem+json. */
  decide(c: CaseEntity, to: CaseStatus, by: StatusActor, at: Date, input: { reason?: string | null; resolution?: string | null } = {}): StatusChange {
    try {
      return decideStatusChange({
        from: c.status,
        to,
        by,
        at,
        reason: input.reason,
        resolution: input.resolution,
        closedAt: c.closedAt,
        resolvedAt: c.resolvedAt,
        reopenWindowDays: this.rules.reopenWindowDays,
        autoCloseDays: this.rules.autoCloseDays,
      });
    } catch (error) {
      throw asDomainError(error);
    }
  }

  /**
   * Applies a decided change to a locked case and records it. `clocks`: the command's SLA session when it changes
   * the clocks in other ways too (written once, by the command); without it the recorder opens and writes its own.
   */
  async apply(
    m: EntityManager,
    c: CaseEntity,
    change: StatusChange,
    by: { actor: string; kind: SlaActor; at: Date; detail?: Record<string, unknown>; entry?: StatusEntry },
    within: { clocks?: CaseSla; cause?: EventCause } = {},
  ): Promise<void> {
    if (!within.clocks) {
      return this.sla.within(m, c.id, (clocks) => this.apply(m, c, change, by, { ...within, clocks }));
    }
    const clocks = within.clocks;
    const event = { aggregateId: c.id, ...within.cause };
    c.status = change.to;
    Object.assign(c, change.set);
    // R-SLA-1: the first time a person acts on the case is its response; an automatic transition is none.
    if (by.kind === 'staff' && change.from !== change.to) c.respondedAt ??= by.at;
    c.updatedAt = by.at;
    c.version += 1;
    await m.save(c);
    if (by.entry !== 'none') {
      const detail = by.entry?.detail ?? {
        from: change.from,
        to: change.to,
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.to === 'resolved' ? { resolution: c.resolution } : {}),
        ...(change.confirmation ? { confirmation: change.confirmation } : {}),
        ...by.detail,
      };
      await this.cases.log(m, c.id, { actor: by.actor, kind: change.action, visibility: 'public', detail, at: by.at });
    }
    if (change.from !== change.to) {
      await clocks.statusChanged(change.from, change.to, by.at, by.kind);
      const data = caseStatusChangedData(c, { from: change.from, to: change.to, action: change.action, reason: change.reason, actor: by.actor, at: by.at });
      await this.outbox.append(m, CaseStatusChangedV1, { ...event, sequence: c.version, data });
    }
    if (change.to === 'resolved') {
      await this.outbox.append(m, CaseResolvedV1, { ...event, sequence: c.version, data: caseResolvedData(c, by.at) });
    }
    if (change.to === 'closed' && change.confirmation) {
      // R-IN-7, R-SV-1: the one place case.closed is written, so a case closes (and is surveyed) once per closure.
      await this.outbox.append(m, CaseClosedV1, { ...event, sequence: c.version, data: caseClosedData(c, by.at, change.confirmation) });
    }
  }
}
