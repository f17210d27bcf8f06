import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventContract, EventData } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseResolvedV1, CaseStatusChangedV1 } from '@aftersales/contracts-intake';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { CaseLifecycleRules, caseLifecycleRules } from '../../config/intake.config';
import { SlaService } from '../../sla/sla.service';
import { asDomainError } from '../case.errors';
import { CaseStatus } from '../domain/case-lifecycle';
import { StatusActor, StatusChange, decideStatusChange } from '../domain/case-status-change';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

/** Appends an event in the caller's transaction: `OutboxService.append` bound to it, or a handler's `ctx.publish`. */
export type PublishInTransaction = <C extends EventContract>(contract: C, input: { aggregateId: string; sequence: number; data: EventData<C> }) => Promise<unknown>;

/**
 * Every status change of a case goes through here, inside the caller's ONE transaction: the case row, its activity
 * entry (actor and time, R-IN-3), the SLA engine's hook (pause, resume, stop clocks: R-SLA-6) and the events.
 */
@Injectable()
export class CaseStatusRecorder {
  readonly rules: CaseLifecycleRules;

  constructor(
    private readonly cases: CaseRepository,
    private readonly sla: SlaService,
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

  /** Applies a decided change to a locked case and records it. */
  async apply(
    m: EntityManager,
    c: CaseEntity,
    change: StatusChange,
    by: { actor: string; at: Date; detail?: Record<string, unknown> },
    publish: PublishInTransaction,
  ): Promise<void> {
    c.status = change.to;
    Object.assign(c, change.set);
    c.updatedAt = by.at;
    c.version += 1;
    await m.save(c);
    await this.cases.log(m, c.id, {
      actor: by.actor,
      kind: change.action,
      visibility: 'public',
      detail: {
        from: change.from,
        to: change.to,
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.to === 'resolved' ? { resolution: c.resolution } : {}),
        ...(change.confirmation ? { confirmation: change.confirmation } : {}),
        ...by.detail,
      },
      at: by.at,
    });
    await this.changed(m, c, { from: change.from, to: change.to, action: change.action, reason: change.reason, actor: by.actor, at: by.at }, publish);
    if (change.to === 'resolved') {
      await publish(CaseResolvedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: { caseId: c.id, caseNumber: c.caseNumber, resolution: c.resolution ?? '', workOrderId: c.workOrderId, resolvedAt: by.at.toISOString() },
      });
    }
    if (change.to === 'closed' && change.confirmation) {
      // R-IN-7, R-SV-1: the one place case.closed is written, so a case closes (and is surveyed) once per closure.
      await publish(CaseClosedV1, {
        aggregateId: c.id,
        sequence: c.version,
        data: {
          caseId: c.id,
          caseNumber: c.caseNumber,
          customerId: c.customerId,
          productModel: c.productModel,
          category: c.category,
          closedAt: by.at.toISOString(),
          confirmation: change.confirmation,
        },
      });
    }
  }

  /**
   * The SLA hook and the status-changed event for a change already saved on the case (the event handlers that
   * move a case on entitlement or work-order completion set the status themselves).
   */
  async changed(
    m: EntityManager,
    c: CaseEntity,
    change: { from: CaseStatus; to: CaseStatus; action: string; reason: string | null; actor: string; at: Date },
    publish: PublishInTransaction,
  ): Promise<void> {
    if (change.from === change.to) return;
    await this.sla.onStatusChanged(m, c.id, change.from, change.to, change.at);
    await publish(CaseStatusChangedV1, {
      aggregateId: c.id,
      sequence: c.version,
      data: {
        caseId: c.id,
        caseNumber: c.caseNumber,
        from: change.from,
        to: change.to,
        action: change.action,
        reason: change.reason,
        changedBy: change.actor,
        changedAt: change.at.toISOString(),
      },
    });
  }
}
