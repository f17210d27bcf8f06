import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { validateCalendar } from '@aftersales/platform-calendar';
import { EngineerProfileChangedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { OrgUnitEntity } from '../../../organisation/infrastructure/org-unit.entity';
import { WorkOrderAssignment } from '../../../work-orders/commands/work-order-assignment';
import { WorkOrderEntity } from '../../../work-orders/infrastructure/work-order.entity';
import { awayReason } from '../../domain/engineer-availability';
import { invalidCalendar, unknownHomeUnit } from '../../engineer.errors';
import { EngineerView, toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';
import { engineerProfileChangedData } from '../../integration/engineer-profile-changed.mapping';
import { HandoverTimers } from '../../timers/handover.timers';
import { PutEngineerRequest } from './put-engineer.request';

/**
 * Creates or replaces an engineer profile (R-DS-3), and lets the assignment follow the change in the same
 * transaction (and tells the notifier's directory, EngineerProfileChangedV1): an engineer no longer available hands their not-yet-started orders on, and queued orders they can
 * now take are assigned.
 */
@Injectable()
export class PutEngineerCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
    private readonly clock: Clock,
    private readonly handover: HandoverTimers,
  ) {}

  execute(id: string, request: PutEngineerRequest, user: AuthUser): Promise<EngineerView> {
    if (request.calendar) {
      const problems = validateCalendar(request.calendar);
      if (problems.length) throw invalidCalendar(problems);
    }
    return this.dataSource.transaction(async (m) => {
      if (!(await m.getRepository(OrgUnitEntity).existsBy({ code: request.homeBranch }))) throw unknownHomeUnit(request.homeBranch);
      const repo = m.getRepository(EngineerEntity);
      const existing = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const engineer = repo.create({ ...request, id, openOrders: existing?.openOrders ?? 0, version: (existing?.version ?? 0) + 1, updatedAt: this.clock.now() });
      await repo.save(engineer);
      // The notifier's directory follows the profile (R-SLA-7): name, contacts, home unit, active.
      await this.outbox.append(m, EngineerProfileChangedV1, { aggregateId: id, sequence: engineer.version, data: engineerProfileChangedData(engineer, this.clock.now()) });
      const away = awayReason(engineer, this.clock.now());
      if (away) await this.handOn(m, id, away, user);
      // R-DS-3: queued orders this engineer can take now get assigned (the oldest first).
      const queued = await this.assignment.assignQueued(m, { limit: engineer.maxConcurrentOrders });
      for (const e of queued.events) await this.outbox.append(m, e.contract, e.input);
      return toEngineerView(await repo.findOneByOrFail({ id }));
    });
  }

  /**
   * R-DS-3: orders not yet started move to someone available when the engineer is no longer (deactivated or on
   * leave now). Orders another transaction holds (the timer worker firing an R-SLA-4 step, a manager's command) are
   * skipped rather than waited for, since the engineer's row is held here (no lock-order deadlock); each skipped one
   * gets a durable handover timer that hands it on seconds later, once.
   */
  private async handOn(m: EntityManager, engineerId: string, away: string, user: AuthUser): Promise<void> {
    const assigned = () =>
      m.getRepository(WorkOrderEntity).createQueryBuilder('w').where(`w.engineer_id = :id AND w.status = 'assigned'`, { id: engineerId }).orderBy('w.id');
    const all = await assigned().getMany();
    const orders = await assigned().setLock('pessimistic_write').setOnLocked('skip_locked').getMany();
    const taken = new Set(orders.map((w) => w.id));
    const skipped = all.filter((w) => !taken.has(w.id) && w.assignment?.assignmentId);
    await this.handover.schedule(
      m,
      skipped.map((w) => ({ workOrderId: w.id, assignmentId: w.assignment?.assignmentId as string })),
      engineerId,
      this.clock.now(),
    );
    for (const wo of orders) {
      const { events } = await this.assignment.autoAssign(m, wo, { kind: 'reassigned', by: `user:${user.sub}`, exclude: [engineerId], releaseReason: away, announceQueue: true });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
    }
  }
}
