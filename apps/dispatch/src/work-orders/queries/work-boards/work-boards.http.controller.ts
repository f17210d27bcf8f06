import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DateTime, IANAZone } from 'luxon';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { engineerNotFound } from '../../../engineers/engineer.errors';
import { EngineerEntity } from '../../../engineers/infrastructure/engineer.entity';
import { WORK_ORDER_STATUSES } from '../../domain/work-order-lifecycle';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { notYourDay } from '../../work-order.errors';
import { toWorkOrderView } from '../../work-order.view';

const zone = z
  .string()
  .trim()
  .refine((z) => IANAZone.isValidZone(z), 'must be an IANA time zone such as Asia/Shanghai');
class TodayQuery extends createZodDto(z.strictObject({ timeZone: zone.optional().describe('Default: the engineer’s calendar zone, else UTC') })) {}
class BoardQuery extends createZodDto(z.strictObject({ branchCode: z.string().trim().min(1).max(40).optional().describe('One branch’s columns; without it, the counts of every branch') })) {}

const OPEN = ['queued', 'assigned', 'in-progress'] as const;
const PRIORITY_ORDER = `CASE w.priority WHEN 'P1' THEN 1 WHEN 'P2' THEN 2 WHEN 'P3' THEN 3 ELSE 4 END`;
const BOARD_COLUMN_LIMIT = 100;

/** The two working lists: an engineer's day, and a manager's board by branch and status. */
@ApiTags('work-orders')
@Controller('v1')
export class WorkBoardsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get('engineers/:id/work-orders/today')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'An engineer’s orders for today: every open order (most urgent first, today’s visits first) and those completed today' })
  async today(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: TodayQuery, @CurrentUser() user: AuthUser) {
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

  @Get('work-orders/board')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'The manager’s board: work orders by branch and status (counts), and one branch’s open orders by status' })
  async board(@Query() q: BoardQuery) {
    const counts: { branch_code: string | null; status: string; n: number }[] = await this.dataSource.query(
      `SELECT branch_code, status, count(*)::int AS n FROM work_orders ${q.branchCode ? 'WHERE branch_code = $1' : ''} GROUP BY branch_code, status ORDER BY branch_code NULLS LAST, status`,
      q.branchCode ? [q.branchCode] : [],
    );
    const branches = new Map<string, Record<string, number>>();
    for (const c of counts) {
      const key = c.branch_code ?? 'unassigned-region';
      const row = branches.get(key) ?? Object.fromEntries(WORK_ORDER_STATUSES.map((s) => [s, 0]));
      row[c.status] = c.n;
      branches.set(key, row);
    }
    const summary = [...branches].map(([branchCode, byStatus]) => ({ branchCode, counts: byStatus }));
    if (!q.branchCode) return { branches: summary };
    const columns: Record<string, ReturnType<typeof toWorkOrderView>[]> = {};
    for (const status of OPEN) {
      const rows = await this.dataSource
        .getRepository(WorkOrderEntity)
        .createQueryBuilder('w')
        .where('w.branch_code = :branch AND w.status = :status', { branch: q.branchCode, status })
        .orderBy(PRIORITY_ORDER)
        .addOrderBy('w.created_at')
        .limit(BOARD_COLUMN_LIMIT)
        .getMany();
      columns[status] = rows.map(toWorkOrderView);
    }
    return { branches: summary, columns };
  }
}
