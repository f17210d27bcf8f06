import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { validate as isUuid, v7 as uuidv7 } from 'uuid';
import { WorkOrderAssignedV1, WorkOrderQueuedV1 } from '@aftersales/contracts-dispatch';
import { Clock } from '@aftersales/platform-timers';
import { ComplainantStore } from '../../complainants/infrastructure/complainant.store';
import { claimSlot, freeSlot } from '../../engineers/infrastructure/engineer-load.repository';
import { AcknowledgementTimers } from '../timers/acknowledgement.timers';
import { responseWindowMinutes } from '../domain/acknowledgement.policy';
import { AssignmentNeed, AssignmentScore, Ranking, rankWithRejections } from '../domain/assignment.policy';
import { WorkOrderStatus } from '../domain/work-order-lifecycle';
import { countLeftOut, loadCandidates, loadNamedCandidate } from '../infrastructure/assignment-candidates.query';
import { timeAssignment } from '../infrastructure/assignment.metrics';
import { AssignmentKind, WorkOrderAssignmentEntity, WorkOrderEntity } from '../infrastructure/work-order.entity';
import { PendingEvent, pendingEvent } from '../integration/pending-event';
import { workOrderAssignedData } from '../integration/work-order-assigned.mapping';
import { workOrderQueuedData } from '../integration/work-order-queued.mapping';
import { QueueRetryTimers } from '../timers/queue-retry.timers';
import { engineerNotAssignable, transitionOrConflict } from '../work-order.errors';

export interface AutoAssignOptions {
  kind: AssignmentKind;
  /** Who or what assigns: `user:<sub>`, `event:<id>`, `dispatch:<timer>`. */
  by: string;
  /** Engineers never to pick (the silent one on an R-SLA-4 reassignment, the one escalating). */
  exclude?: readonly string[];
  /** R-SLA-4: the new engineer is told to contact the customer at once. */
  respondImmediately?: boolean;
  /** With nobody eligible: queue the order (default) or leave it as it is. */
  onNone?: 'queue' | 'keep';
  /** Why the current engineer's assignment ends, if the order changes hands. */
  releaseReason?: string;
  /** Announce the queue with work-order.queued (default: only when the order was not queued already). */
  announceQueue?: boolean;
}

export interface ManualAssignment {
  engineerId: string;
  kind: AssignmentKind;
  by: string;
  note?: string | null;
  /** The reason added to the score's, in words (default `<kind> by <by>`). */
  explainAs?: string;
  /** Manager override: take the engineer even above their maximum of concurrent orders (default true). */
  overCapacity?: boolean;
}

/** The engineer's name as their profile has it now (issue #15: the order, the case and the SLA notices name them). */
async function engineerName(m: EntityManager, engineerId: string): Promise<string | null> {
  const [row] = await m.query(`SELECT name FROM engineers WHERE id = $1`, [engineerId]);
  return (row?.name as string | undefined) ?? null;
}

/** What an assignment did, and the events for the caller to append to the outbox in its transaction. */
export interface AssignmentResult {
  score: AssignmentScore | null;
  events: PendingEvent[];
}

interface AssignInput {
  engineerId: string;
  score: AssignmentScore;
  kind: AssignmentKind;
  by: string;
  respondImmediately?: boolean;
  note?: string | null;
}

/**
 * Assignment as the state change around the pure ranking (R-DS-3): candidates are read, ranked, and the best one
 * whose free slot can still be claimed gets the order (the slot claim is one conditional UPDATE of the engineer's
 * load counter). Each assignment is recorded with its score and starts the R-SLA-4 timers; an order nobody can take
 * waits in the queue with a retry timer. Events are returned, never appended here: the caller appends them.
 */
@Injectable()
export class WorkOrderAssignment {
  constructor(
    private readonly clock: Clock,
    private readonly ackTimers: AcknowledgementTimers,
    private readonly queueRetries: QueueRetryTimers,
    private readonly complainants: ComplainantStore,
  ) {}

  needOf(wo: WorkOrderEntity, exclude: readonly string[] = [], complainant = false): AssignmentNeed {
    return {
      skill: wo.requiredSkill,
      productModel: wo.productModel,
      region: wo.region,
      priority: wo.priority,
      minLevel: wo.requiredLevel,
      expert: wo.expert,
      at: this.clock.now(),
      exclude,
      complainant,
    };
  }

  /** The eligible engineers, best first, and those left out by reason (counted in the database too when nobody is left). */
  async rank(m: EntityManager, wo: WorkOrderEntity, exclude: readonly string[] = []): Promise<Ranking> {
    const { candidates, org } = await loadCandidates(m, { skill: wo.requiredSkill, region: wo.region, expert: wo.expert });
    const complainant = await this.complainants.complainedBefore(m, wo.customerId);
    const ranking = rankWithRejections(candidates, this.needOf(wo, exclude, complainant), org);
    if (ranking.ranked.length > 0) return ranking;
    const rejections = { ...ranking.rejections };
    for (const [reason, n] of Object.entries(await countLeftOut(m, wo.requiredSkill, candidates.length)) as [keyof Ranking['rejections'], number][]) {
      rejections[reason] = (rejections[reason] ?? 0) + n;
    }
    return { ranked: [], rejections };
  }

  /**
   * Assigns the best eligible engineer. With none, the order waits in the queue and `work-order.queued` says why
   * (`onNone: 'queue'`, announced unless it was already queued), or it stays as it is (`'keep'`: an R-SLA-4
   * reassignment that finds nobody else). An engineer already on the order is released first.
   */
  async autoAssign(m: EntityManager, wo: WorkOrderEntity, opts: AutoAssignOptions): Promise<AssignmentResult> {
    const stop = timeAssignment();
    const result = await this.assignBest(m, wo, opts);
    stop(result.score ? 'assigned' : wo.status === 'queued' ? 'queued' : 'kept');
    return result;
  }

  private async assignBest(m: EntityManager, wo: WorkOrderEntity, opts: AutoAssignOptions): Promise<AssignmentResult> {
    const ranking = await this.rank(m, wo, opts.exclude);
    for (const score of ranking.ranked) {
      if (await claimSlot(m, score.engineerId, false)) {
        const previous = wo.engineerId;
        if (previous) await this.release(m, wo, opts.releaseReason ?? opts.kind);
        const event = await this.record(m, wo, { engineerId: score.engineerId, score, kind: opts.kind, by: opts.by, respondImmediately: opts.respondImmediately }, previous);
        return { score, events: [event] };
      }
    }
    if ((opts.onNone ?? 'queue') === 'queue') {
      if (wo.engineerId) await this.release(m, wo, opts.releaseReason ?? opts.kind);
      const event = await this.queue(m, wo, ranking, opts.announceQueue ?? wo.status !== 'queued');
      return { score: null, events: event ? [event] : [] };
    }
    return { score: null, events: [] };
  }

  /** Manual assignment, reassignment or takeover of a named engineer, with that engineer's score explained. */
  async assignTo(m: EntityManager, wo: WorkOrderEntity, input: ManualAssignment): Promise<AssignmentResult> {
    // The subject of a take-over's token need not be a uuid (it is the identity provider's): then it is nobody we know.
    if (!isUuid(input.engineerId)) throw engineerNotAssignable(input.engineerId);
    const named = await loadNamedCandidate(m, input.engineerId);
    if (!named) throw engineerNotAssignable(input.engineerId);
    const { ranked, rejections } = rankWithRejections([named.candidate], this.needOf(wo), named.org);
    const score: AssignmentScore = ranked[0] ?? {
      engineerId: input.engineerId,
      total: 0,
      parts: { skill: 0, level: 0, region: 0, load: 0, availability: 0 },
      reasons: [`not eligible automatically: ${Object.keys(rejections).join(', ')}`],
    };
    score.reasons = [...score.reasons, input.explainAs ?? `${input.kind} by ${input.by}`];
    if (!(await claimSlot(m, input.engineerId, input.overCapacity ?? true))) throw engineerNotAssignable(input.engineerId);
    const previous = wo.engineerId;
    if (previous) await this.release(m, wo, input.kind === 'takeover' ? 'taken-over' : 'reassigned');
    const event = await this.record(m, wo, { engineerId: input.engineerId, score, kind: input.kind, by: input.by, note: input.note }, previous);
    return { score, events: [event] };
  }

  /** Ends the current assignment: the engineer's slot is freed and the acknowledgement timers are cancelled. */
  async release(m: EntityManager, wo: WorkOrderEntity, reason: string): Promise<void> {
    if (!wo.engineerId) return;
    await freeSlot(m, wo.engineerId);
    await m.query(`UPDATE work_order_assignments SET ended_at = $2, end_reason = $3 WHERE work_order_id = $1 AND ended_at IS NULL`, [wo.id, this.clock.now(), reason]);
    if (wo.assignment?.assignmentId) await this.ackTimers.cancel(m, wo.id, wo.assignment.assignmentId, this.clock.now());
    wo.engineerId = null;
    wo.engineerName = null;
  }

  /** Tries the oldest queued orders again (after capacity freed up or an engineer changed); `assigned` says how many got an engineer. */
  async assignQueued(m: EntityManager, opts: { limit: number }): Promise<{ assigned: number; events: PendingEvent[] }> {
    const queued = await m
      .getRepository(WorkOrderEntity)
      .createQueryBuilder('w')
      .where(`w.status = 'queued'`)
      .orderBy('w.queued_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(opts.limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    let assigned = 0;
    const events: PendingEvent[] = [];
    for (const wo of queued) {
      const result = await this.autoAssign(m, wo, { kind: 'automatic', by: 'dispatch:queue' });
      if (result.score) assigned++;
      events.push(...result.events);
    }
    return { assigned, events };
  }

  /** Writes the order's fields without TypeORM's read-before-save. */
  private async persist(m: EntityManager, wo: WorkOrderEntity): Promise<void> {
    const { id, ...fields } = wo;
    await m.getRepository(WorkOrderEntity).update({ id }, fields);
  }

  private async record(m: EntityManager, wo: WorkOrderEntity, input: AssignInput, previousEngineerId: string | null): Promise<PendingEvent> {
    const now = this.clock.now();
    const assignmentId = uuidv7();
    const previousEngineerName = previousEngineerId ? await engineerName(m, previousEngineerId) : null;
    const name = await engineerName(m, input.engineerId);
    await m.getRepository(WorkOrderAssignmentEntity).insert({
      id: assignmentId,
      workOrderId: wo.id,
      engineerId: input.engineerId,
      engineerName: name,
      kind: input.kind,
      score: input.score,
      assignedBy: input.by,
      respondImmediately: input.respondImmediately ?? false,
      note: input.note ?? null,
      assignedAt: now,
      endedAt: null,
      endReason: null,
    });
    wo.status = wo.status === 'in-progress' ? 'in-progress' : transitionOrConflict(wo.status as WorkOrderStatus, 'assigned');
    wo.engineerId = input.engineerId;
    wo.engineerName = name;
    wo.assignment = { ...input.score, kind: input.kind, at: now.toISOString(), assignmentId, by: input.by };
    wo.assignedAt = now;
    wo.queuedAt = null;
    wo.queueReason = null;
    // R-SLA-2/R-SLA-4: a fresh window per assignment (the plan's, by priority), except that the engineer replacing a
    // silent one inherits the promise made to the customer.
    const windowMs = responseWindowMinutes(wo.engineerResponse, wo.priority) * 60_000;
    if (!wo.customerContactedAt) wo.respondBy = input.respondImmediately && wo.respondBy ? wo.respondBy : new Date(now.getTime() + windowMs);
    wo.updatedAt = now;
    wo.version += 1;
    await this.persist(m, wo);
    if (!wo.customerContactedAt) await this.ackTimers.schedule(m, wo.id, assignmentId, now, wo.engineerResponse);
    return pendingEvent(WorkOrderAssignedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: workOrderAssignedData(wo, {
        engineerId: input.engineerId,
        engineerName: name,
        kind: input.kind,
        at: now,
        previousEngineerId,
        previousEngineerName,
        respondImmediately: input.respondImmediately ?? false,
        reasons: input.score.reasons,
      }),
    });
  }

  private async queue(m: EntityManager, wo: WorkOrderEntity, ranking: Ranking, announce: boolean): Promise<PendingEvent | null> {
    const now = this.clock.now();
    const counted = Object.entries(ranking.rejections).map(([r, n]) => `${n} ${r}`);
    const reason = `no eligible engineer${wo.expert ? ' (expert escalation)' : ''}: ${counted.length ? counted.join(', ') : 'no active engineer with the skill and a free slot'}`;
    const requeue = wo.status === 'queued';
    wo.status = requeue ? 'queued' : transitionOrConflict(wo.status as WorkOrderStatus, 'queued');
    wo.queuedAt = requeue && wo.queuedAt ? wo.queuedAt : now;
    wo.queueReason = { reason, rejections: ranking.rejections };
    wo.engineerId = null;
    wo.engineerName = null;
    wo.assignment = null;
    wo.respondBy = null;
    wo.updatedAt = now;
    wo.version += 1;
    await this.persist(m, wo);
    await this.queueRetries.schedule(m, wo, now);
    if (!announce) return null;
    return pendingEvent(WorkOrderQueuedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: workOrderQueuedData(wo, { reason, rejections: ranking.rejections as Record<string, number>, at: now }),
    });
  }
}
