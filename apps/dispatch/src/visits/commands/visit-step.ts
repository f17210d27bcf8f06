import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../../work-orders/infrastructure/work-order.entity';
import { lockWorkOrder } from '../../work-orders/infrastructure/work-order.repository';
import { notAssignedEngineer, timeInFuture } from '../../work-orders/work-order.errors';
import { Visit } from '../domain/visit';
import { VisitEntity } from '../infrastructure/visit.entity';
import { asDomainError, visitNotFound } from '../visit.errors';
import { VisitView, toVisitView } from '../visit.view';

/** What a step of a visit works on, inside its transaction. */
export interface VisitStepContext {
  visit: VisitEntity;
  wo: WorkOrderEntity;
  now: Date;
  m: EntityManager;
}

/** The assigned engineer (or a manager) records the visit. */
export function authorizeVisit(wo: WorkOrderEntity, user: AuthUser): void {
  const staff = user.roles.includes('manager') || user.roles.includes('admin');
  if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('records the visit');
}

/** A time reported from the site, or now; never in the future. */
export function notInFuture(at: string | undefined, now: Date, field: string): string {
  if (at === undefined) return now.toISOString();
  if (Date.parse(at) > now.getTime()) throw timeInFuture(field);
  return new Date(at).toISOString();
}

/** One step of an open visit (R-DS-4, R-DS-8), the same way for each: lock, authorise, apply the rule, store. */
@Injectable()
export class VisitSteps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Loads and locks the visit and its order, checks who may record, applies a domain step and stores the result
   * (and the order too with `saveOrder`, when the step changed it).
   */
  record(visitId: string, user: AuthUser, apply: (ctx: VisitStepContext) => Visit | Promise<Visit>, opts: { saveOrder?: boolean } = {}): Promise<VisitView> {
    return this.dataSource.transaction(async (m) => {
      const visit = await m.getRepository(VisitEntity).findOne({ where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
      if (!visit) throw visitNotFound(visitId);
      const wo = await lockWorkOrder(m, visit.workOrderId);
      authorizeVisit(wo, user);
      const now = this.clock.now();
      let next: Visit;
      try {
        next = await apply({ visit, wo, now, m });
      } catch (error) {
        throw asDomainError(error);
      }
      Object.assign(visit, next, { version: visit.version + 1 });
      await m.getRepository(VisitEntity).save(visit);
      if (opts.saveOrder) await m.save(wo);
      return toVisitView(visit);
    });
  }
}
