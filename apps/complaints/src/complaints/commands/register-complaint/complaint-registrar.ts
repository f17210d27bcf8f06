import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ComplaintOpenedV1 } from '@aftersales/contracts-complaints';
import { ruled } from '../../complaint.errors';
import { committedDeadlines } from '../../domain/complaint-deadlines';
import { BrokenCommitment, ComplaintSource, Evidence, Severity, judgeAgainstPolicy, registrationNote } from '../../domain/complaint.policy';
import { ComplaintContact, ComplaintEntity } from '../../infrastructure/complaint.entity';
import { ComplaintRepository, StoredComplaint } from '../../infrastructure/complaint.repository';
import { complaintOpenedData } from '../../integration/complaint-opened.mapping';
import { ComplaintDeadlineTimers } from '../../timers/complaint-deadline.timers';
import { Cause, ComplaintChanges } from '../complaint-changes';

export interface Registration {
  customerId: string;
  caseIds: readonly string[];
  source: ComplaintSource;
  summary: string;
  contact?: ComplaintContact | null;
  productModel?: string | null;
  serialNumber?: string | null;
  fault?: string | null;
  wantedResolution?: string | null;
  severity?: Severity;
  brokenCommitment?: BrokenCommitment;
  evidence?: readonly Evidence[];
  officerId?: string | null;
  managerId?: string | null;
  /** What opened it, when that must open only one (the survey response id), and the survey. */
  sourceRef?: string;
  surveyId?: string | null;
  /** user:<subject> or system:<service>. */
  actor: string;
}

/**
 * R-CP-1..5: registers a complaint in the caller's transaction. It records warranty's status of the product at the
 * time (R-CP-3, from warranty's events), is judged against the service policy with its evidence linked, gets its
 * two deadlines on the business calendar as durable timers (R-CP-4), records listening as the first step (R-CP-2)
 * and counts in the customer's standing (R-CP-5); complaint.opened and the standing go out in the same transaction.
 */
@Injectable()
export class ComplaintRegistrar {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly changes: ComplaintChanges,
    private readonly timers: ComplaintDeadlineTimers,
  ) {}

  async register(m: EntityManager, r: Registration, now: Date, cause: Cause = {}): Promise<StoredComplaint> {
    const rules = this.changes.rules();
    const caseIds = [...new Set(r.caseIds)];
    const warranty = await this.complaints.warrantyAt(m, caseIds, r.serialNumber ?? null);
    const evidence: Evidence[] = [...(r.evidence ?? [])];
    if (warranty.known && warranty.decisionId) evidence.push({ kind: 'warranty-decision', ref: warranty.decisionId, note: 'Warranty status at registration' });
    if (r.sourceRef && r.source === 'survey') evidence.push({ kind: 'survey-response', ref: r.sourceRef, note: null });
    const judgement = ruled(() => judgeAgainstPolicy(r.brokenCommitment ?? 'none', evidence));
    const complainedBefore = await this.complaints.lockStanding(m, r.customerId, now);
    const { acknowledgeBy, dueAt } = committedDeadlines(rules.deadlines, now);
    const complaint = Object.assign(new ComplaintEntity(), {
      id: uuidv7(),
      complaintNumber: await this.complaints.nextNumber(m, now),
      customerId: r.customerId,
      caseIds,
      source: r.source,
      sourceRef: r.sourceRef ?? null,
      surveyId: r.surveyId ?? null,
      summary: r.summary,
      contact: r.contact ?? null,
      productModel: r.productModel ?? null,
      serialNumber: r.serialNumber ?? null,
      warranty,
      fault: r.fault ?? null,
      wantedResolution: r.wantedResolution ?? null,
      severity: r.severity ?? 'medium',
      judgement,
      status: 'registered',
      officerId: r.officerId ?? null,
      managerId: r.managerId ?? null,
      acknowledgeBy,
      acknowledgedAt: null,
      dueAt,
      deadlineGeneration: 1,
      resolution: null,
      compensationDecision: null,
      openedAt: now,
      resolvedAt: null,
      closedAt: null,
      repeatComplainant: complainedBefore,
      version: 0,
    } satisfies ComplaintEntity);
    await this.complaints.insert(m, complaint);
    const steps = await this.changes.journal(m, complaint, [
      { actor: r.actor, kind: 'listen-and-record', outcome: 'done', note: registrationNote(r.source, dueAt, complainedBefore), at: now, detail: { acknowledgeBy: acknowledgeBy.toISOString(), dueAt: dueAt.toISOString() } },
    ]);
    await this.timers.scheduleRunning(m, complaint, rules.deadlines, now);
    await this.changes.publish(m, complaint, ComplaintOpenedV1, complaintOpenedData(complaint), cause);
    await this.complaints.save(m, complaint);
    await this.changes.publishStanding(m, r.customerId, now, cause);
    return { complaint, steps };
  }
}
