import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { OPEN_WORK_ORDER_STATUSES, WORK_ORDER_STATUSES } from '../../domain/work-order-lifecycle';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { toWorkOrderView } from '../../work-order.view';
import { PRIORITY_ORDER } from '../priority-order';
import { WorkBoardQuery } from './work-board.request';

const BOARD_COLUMN_LIMIT = 100;

/** A manager's board by branch and status. */
@ApiTags('work-orders')
@Controller('v1/work-orders')
export class WorkBoardHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('board')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'The manager’s board: work orders by branch and status (counts), and one branch’s open orders by status' })
  @ApiOkResponse({ description: 'The board' })
  @ApiProblems({ 400: 'An invalid branch code' })
  async board(@Query() q: WorkBoardQuery) {
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
    for (const status of OPEN_WORK_ORDER_STATUSES) {
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
