import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { engineerNotFound } from '../../../engineers/engineer.errors';
import { EngineerEntity } from '../../../engineers/infrastructure/engineer.entity';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { notYourDay } from '../../work-order.errors';
import { toWorkOrderView } from '../../work-order.view';
import { PRIORITY_ORDER } from '../priority-order';
import { EngineerDayRequest } from './engineer-day.request';

/**
 * An engineer's working list for the day, cut in their own time zone: every open order (today's visits and the most
 * urgent first), then those completed today. An engineer sees only their own day.
 */
@Injectable()
export class EngineerDayQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, q: EngineerDayRequest, user: AuthUser) {
    const staff = user.roles.some((r) => r === 'manager' || r === 'admin' || r === 'agent');
    if (!staff && user.sub !== id) throw notYourDay();
    const engineer = await this.dataSource.getRepository(EngineerEntity).findOneBy({ id });
    if (!engineer) throw engineerNotFound(id);
    const timeZone = q.timeZone ?? engineer.calendar?.timeZone ?? 'UTC';
    const local = DateTime.fromJSDate(this.clock.now(), { zone: timeZone });
    const start = local.startOf('day').toJSDate();
    const end = local.plus({ days: 1 }).startOf('day').toJSDate();
    const rows = await this.dataSource
      .getRepository(WorkOrderEntity)
      .createQueryBuilder('w')
      .where('w.engineer_id = :id', { id })
      .andWhere(`(w.status IN ('assigned', 'in-progress') OR (w.status = 'completed' AND w.completed_at >= :start AND w.completed_at < :end))`, { start, end })
      .orderBy(`CASE WHEN w.status = 'completed' THEN 1 ELSE 0 END`)
      .addOrderBy(`CASE WHEN w.next_visit_at >= :start AND w.next_visit_at < :end THEN 0 ELSE 1 END`)
      .addOrderBy(PRIORITY_ORDER)
      .addOrderBy('w.respond_by', 'ASC', 'NULLS LAST')
      .addOrderBy('w.id')
      .getMany();
    return {
      engineerId: id,
      date: local.toISODate(),
      timeZone,
      items: rows.map((w) => ({ ...toWorkOrderView(w), visitToday: !!w.nextVisitAt && w.nextVisitAt >= start && w.nextVisitAt < end })),
    };
  }
}
