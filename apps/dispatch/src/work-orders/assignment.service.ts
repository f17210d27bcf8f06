import { Injectable } from '@nestjs/common';
import { Histogram, register } from 'prom-client';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { EventContract } from '@aftersales/contracts-core';
import { WorkOrderAssignedV1, WorkOrderQueuedV1 } from '@aftersales/contracts-dispatch';
import { AppendEventInput } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { EngineerEntity } from '../engineers/infrastructure/engineer.entity';
import { OrgUnitEntity } from '../organisation/infrastructure/org-unit.entity';
import { AssignmentNeed, AssignmentScore, Candidate, OrgUnitRef, Ranking, rankWithRejections } from './domain/assignment.policy';
import { WorkOrderStatus } from './domain/work-order-lifecycle';
import { AcknowledgementTimers } from './acknowledgement/acknowledgement.timers';
import { QueueRetryTimers } from './queue/queue-retry.timers';
import { AssignmentKind, WorkOrderAssignmentEntity, WorkOrderEntity } from './infrastructure/work-order.entity';
import { engineerNotAssignable, transitionOrConflict } from './work-order.errors';

/** Appends an event in the caller's transaction: `outbox.append(m, ...)` over HTTP, `ctx.publish` in a handler. */
export type Publish = <C extends EventContract>(contract: C, input: Omit<AppendEventInput<C>, 'correlationId' | 'causationId'>) => Promise<unknown>;

/** Ranking, slot claim and recording of one automatic assignment (the benchmark's subject), by outcome. */
const assignmentDuration =
  (register.getSingleMetric('dispatch_assignment_duration_seconds') as Histogram<string>) ??
  new Histogram({
    name: 'dispatch_assignment_duration_seconds',
    help: 'Automatic assignment of one work order: candidates read, ranked, a slot claimed and the assignment recorded',
    labelNames: ['outcome'],
    buckets: [0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 1],
  });

/** R-SLA-4: contact the customer within an hour of assignment. */
export const RESPONSE_WINDOW_MS = 60 * 60_000;

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

interface AssignInput {
  engineerId: string;
  score: AssignmentScore;
  kind: AssignmentKind;
  by: string;
  respondImmediately?: boolean;
  note?: string | null;
  /** Manager override: take the engineer even above their maximum of concurrent orders. */
  overCapacity?: boolean;
}

/**
 * Assignment as the state change around the pure ranking (R-DS-3): candidates are read, ranked, and the best one
 * whose free slot can still be claimed gets the order. The slot is claimed with one conditional UPDATE of the
 * engineer's load counter, so concurrent assignments never overfill an engineer and never lock the others.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly clock: Clock,
    private readonly ackTimers: AcknowledgementTimers,
    private readonly queueRetries: QueueRetryTimers,
  ) {}

  needOf(wo: WorkOrderEntity, exclude: readonly string[] = []): AssignmentNeed {
    return {
      skill: wo.requiredSkill,
      productModel: wo.productModel,
      region: wo.region,
      priority: wo.priority,
      minLevel: wo.requiredLevel,
      expert: wo.expert,
      at: this.clock.now(),
      exclude,
    };
  }

  async rank(m: EntityManager, wo: WorkOrderEntity, exclude: readonly string[] = []): Promise<Ranking> {
    // The database narrows by the hard filters it can check cheaply: active, skill, a free slot and, unless the
    // order goes to the experts, region coverage (own region, territory, neighbouring branch, repair center: a
    // superset of what the policy accepts). The policy decides the rest and scores.
    // One round trip for the candidates and the (small) organisation.
    const [{ candidates, org: orgRows }]: { candidates: CandidateRow[] | null; org: OrgUnitRef[] | null }[] = await m.query(
      `SELECT
         (SELECT json_agg(c) FROM (
            SELECT e.id, e.home_branch, e.region, e.territories, e.skills, e.product_lines, e.level, e.expert, e.open_orders,
                   e.max_concurrent_orders, e.leave, e.calendar
              FROM engineers e
             WHERE e.active AND e.open_orders < e.max_concurrent_orders
               AND ($1::text IS NULL OR $1 = ANY(e.skills))
               AND ($2::text IS NULL OR $3 OR e.region = $2 OR $2 = ANY(e.territories)
                    OR e.home_branch IN (SELECT code FROM org_units WHERE kind = 'repair-center')
                    OR e.home_branch IN (SELECT unnest(b.neighbours) FROM org_units b WHERE b.kind = 'branch' AND $2 = ANY(b.regions))
                    OR EXISTS (SELECT 1 FROM org_units h JOIN org_units b ON b.code = ANY(h.neighbours)
                                WHERE h.code = e.home_branch AND h.kind = 'branch' AND b.kind = 'branch' AND $2 = ANY(b.regions)))) c) AS candidates,
         (SELECT json_agg(json_build_object('code', o.code, 'kind', o.kind, 'regions', o.regions, 'neighbours', o.neighbours)) FROM org_units o) AS org`,
      [wo.requiredSkill, wo.region, wo.expert],
    );
    const rows = candidates ?? [];
    const org = orgRows ?? [];
    const ranking = rankWithRejections(rows.map(rowToCandidate), this.needOf(wo, exclude), org);
    if (ranking.ranked.length > 0) return ranking;
    // Nobody: count the engineers the database left out too, so the queue can say why (rare, so not worth it before).
    const [counts]: { missing_skill: number; at_capacity: number; with_slot: number }[] = await m.query(
      `SELECT count(*) FILTER (WHERE $1::text IS NOT NULL AND NOT ($1 = ANY(skills)))::int AS missing_skill,
              count(*) FILTER (WHERE ($1::text IS NULL OR $1 = ANY(skills)) AND open_orders >= max_concurrent_orders)::int AS at_capacity,
              count(*) FILTER (WHERE ($1::text IS NULL OR $1 = ANY(skills)) AND open_orders < max_concurrent_orders)::int AS with_slot
         FROM engineers WHERE active`,
      [wo.requiredSkill],
    );
    const rejections = { ...ranking.rejections };
    if (counts.missing_skill > 0) rejections['missing-skill'] = (rejections['missing-skill'] ?? 0) + counts.missing_skill;
    if (counts.at_capacity > 0) rejections['at-capacity'] = (rejections['at-capacity'] ?? 0) + counts.at_capacity;
    // Those with the skill and a slot that the database did not even rank are outside the region's coverage.
    const uncovered = counts.with_slot - rows.length;
    if (uncovered > 0) rejections['region-not-covered'] = (rejections['region-not-covered'] ?? 0) + uncovered;
    return { ranked: [], rejections };
  }

  /**
   * Assigns the best eligible engineer. With none, the order waits in the queue and `work-order.queued` says why
   * (`onNone: 'queue'`, announced unless it was already queued), or it stays as it is (`'keep'`: an R-SLA-4
   * reassignment that finds nobody else). An engineer already on the order is released first. Returns the score or null.
   */
  async autoAssign(
    m: EntityManager,
    wo: WorkOrderEntity,
    publish: Publish,
    opts: AutoAssignOptions,
  ): Promise<AssignmentScore | null> {
    const stop = assignmentDuration.startTimer();
    const score = await this.assignBest(m, wo, publish, opts);
    stop({ outcome: score ? 'assigned' : wo.status === 'queued' ? 'queued' : 'kept' });
    return score;
  }

  private async assignBest(
    m: EntityManager,
    wo: WorkOrderEntity,
    publish: Publish,
    opts: AutoAssignOptions,
  ): Promise<AssignmentScore | null> {
    const ranking = await this.rank(m, wo, opts.exclude);
    for (const score of ranking.ranked) {
      if (await this.claimSlot(m, score.engineerId, false)) {
        const previous = wo.engineerId;
        if (previous) await this.release(m, wo, opts.releaseReason ?? opts.kind);
        await this.recordAssignment(m, wo, publish, { engineerId: score.engineerId, score, kind: opts.kind, by: opts.by, respondImmediately: opts.respondImmediately }, previous);
        return score;
      }
    }
    if ((opts.onNone ?? 'queue') === 'queue') {
      if (wo.engineerId) await this.release(m, wo, opts.releaseReason ?? opts.kind);
      await this.queue(m, wo, publish, ranking, opts.announceQueue ?? wo.status !== 'queued');
    }
    return null;
  }

  /** Manual assignment, reassignment or takeover of a named engineer, with that engineer's score explained. */
  async assignTo(m: EntityManager, wo: WorkOrderEntity, publish: Publish, input: Omit<AssignInput, 'score'> & { explainAs?: string }): Promise<AssignmentScore> {
    const engineer = await m.getRepository(EngineerEntity).findOneBy({ id: input.engineerId, active: true });
    if (!engineer) throw engineerNotAssignable(input.engineerId);
    const org = await m.getRepository(OrgUnitEntity).find();
    const { ranked, rejections } = rankWithRejections([toCandidate(engineer)], this.needOf(wo), org);
    const score: AssignmentScore = ranked[0] ?? {
      engineerId: engineer.id,
      total: 0,
      parts: { skill: 0, level: 0, region: 0, load: 0, availability: 0 },
      reasons: [`not eligible automatically: ${Object.keys(rejections).join(', ')}`],
    };
    score.reasons = [...score.reasons, input.explainAs ?? `${input.kind} by ${input.by}`];
    if (!(await this.claimSlot(m, engineer.id, input.overCapacity ?? true))) throw engineerNotAssignable(input.engineerId);
    const previous = wo.engineerId;
    if (previous) await this.release(m, wo, input.kind === 'takeover' ? 'taken-over' : 'reassigned');
    await this.recordAssignment(m, wo, publish, { ...input, score }, previous);
    return score;
  }

  /** Ends the current assignment: the engineer's slot is freed and the acknowledgement timers are cancelled. */
  async release(m: EntityManager, wo: WorkOrderEntity, reason: string): Promise<void> {
    if (!wo.engineerId) return;
    await m.query(`UPDATE engineers SET open_orders = GREATEST(open_orders - 1, 0) WHERE id = $1`, [wo.engineerId]);
    await m.query(`UPDATE work_order_assignments SET ended_at = $2, end_reason = $3 WHERE work_order_id = $1 AND ended_at IS NULL`, [wo.id, this.clock.now(), reason]);
    if (wo.assignment?.assignmentId && wo.assignedAt) await this.ackTimers.cancel(m, wo.id, wo.assignment.assignmentId, wo.assignedAt, this.clock.now());
    wo.engineerId = null;
  }

  /** Tries the oldest queued orders again (after capacity freed up or an engineer changed). Returns how many got an engineer. */
  async assignQueued(m: EntityManager, publish: Publish, opts: { limit: number }): Promise<number> {
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
    for (const wo of queued) {
      if (await this.autoAssign(m, wo, publish, { kind: 'automatic', by: 'dispatch:queue' })) assigned++;
    }
    return assigned;
  }

  /** Writes the order's fields without TypeORM's read-before-save. */
  private async persist(m: EntityManager, wo: WorkOrderEntity): Promise<void> {
    const { id, ...fields } = wo;
    await m.getRepository(WorkOrderEntity).update({ id }, fields);
  }

  private async claimSlot(m: EntityManager, engineerId: string, overCapacity: boolean): Promise<boolean> {
    const [rows] = await m.query(
      `UPDATE engineers SET open_orders = open_orders + 1 WHERE id = $1 AND active ${overCapacity ? '' : 'AND open_orders < max_concurrent_orders'} RETURNING id`,
      [engineerId],
    );
    return rows.length === 1;
  }

  private async recordAssignment(m: EntityManager, wo: WorkOrderEntity, publish: Publish, input: AssignInput, previousEngineerId: string | null): Promise<void> {
    const now = this.clock.now();
    const assignmentId = uuidv7();
    await m.getRepository(WorkOrderAssignmentEntity).insert({
      id: assignmentId,
      workOrderId: wo.id,
      engineerId: input.engineerId,
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
    wo.assignment = { ...input.score, kind: input.kind, at: now.toISOString(), assignmentId, by: input.by };
    wo.assignedAt = now;
    wo.queuedAt = null;
    wo.queueReason = null;
    // R-SLA-4: a fresh hour per assignment, except that the engineer replacing a silent one inherits the promise made to the customer.
    if (!wo.customerContactedAt) wo.respondBy = input.respondImmediately && wo.respondBy ? wo.respondBy : new Date(now.getTime() + RESPONSE_WINDOW_MS);
    wo.updatedAt = now;
    wo.version += 1;
    await this.persist(m, wo);
    if (!wo.customerContactedAt) await this.ackTimers.schedule(m, wo.id, assignmentId, now);
    await publish(WorkOrderAssignedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: {
        workOrderId: wo.id,
        workOrderNumber: wo.workOrderNumber,
        caseId: wo.caseId,
        engineerId: input.engineerId,
        serviceMode: wo.serviceMode as never,
        assignment: input.kind,
        assignedAt: now.toISOString(),
        previousEngineerId,
        respondBy: wo.respondBy?.toISOString(),
        respondImmediately: input.respondImmediately ?? false,
        reasons: input.score.reasons,
      },
    });
  }

  private async queue(m: EntityManager, wo: WorkOrderEntity, publish: Publish, ranking: Ranking, announce: boolean): Promise<void> {
    const now = this.clock.now();
    const counted = Object.entries(ranking.rejections).map(([r, n]) => `${n} ${r}`);
    const reason = `no eligible engineer${wo.expert ? ' (expert escalation)' : ''}: ${counted.length ? counted.join(', ') : 'no active engineer with the skill and a free slot'}`;
    const requeue = wo.status === 'queued';
    wo.status = requeue ? 'queued' : transitionOrConflict(wo.status as WorkOrderStatus, 'queued');
    wo.queuedAt = requeue && wo.queuedAt ? wo.queuedAt : now;
    wo.queueReason = { reason, rejections: ranking.rejections };
    wo.engineerId = null;
    wo.assignment = null;
    wo.respondBy = null;
    wo.updatedAt = now;
    wo.version += 1;
    await this.persist(m, wo);
    await this.queueRetries.schedule(m, wo, now);
    if (!announce) return;
    await publish(WorkOrderQueuedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: {
        workOrderId: wo.id,
        workOrderNumber: wo.workOrderNumber,
        caseId: wo.caseId,
        priority: wo.priority as never,
        serviceMode: wo.serviceMode as never,
        region: wo.region,
        requiredSkill: wo.requiredSkill,
        expert: wo.expert,
        reason,
        rejections: ranking.rejections as Record<string, number>,
        queuedAt: now.toISOString(),
      },
    });
  }
}

interface CandidateRow {
  id: string;
  home_branch: string;
  region: string;
  territories: string[];
  skills: string[];
  product_lines: string[];
  level: number;
  expert: boolean;
  open_orders: number;
  max_concurrent_orders: number;
  leave: Candidate['leave'];
  calendar: Candidate['calendar'];
}

function rowToCandidate(r: CandidateRow): Candidate {
  return {
    engineerId: r.id,
    homeBranch: r.home_branch,
    region: r.region,
    territories: r.territories,
    skills: r.skills,
    productLines: r.product_lines,
    level: r.level,
    expert: r.expert,
    openOrders: r.open_orders,
    maxConcurrentOrders: r.max_concurrent_orders,
    leave: r.leave,
    calendar: r.calendar,
  };
}

export function toCandidate(e: EngineerEntity): Candidate {
  return {
    engineerId: e.id,
    homeBranch: e.homeBranch,
    region: e.region,
    territories: e.territories,
    skills: e.skills,
    productLines: e.productLines,
    level: e.level,
    expert: e.expert,
    openOrders: e.openOrders,
    maxConcurrentOrders: e.maxConcurrentOrders,
    leave: e.leave,
    calendar: e.calendar,
  };
}
