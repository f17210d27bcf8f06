import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OPEN_WORK_ORDER_STATUSES, WORK_ORDER_STATUSES } from '../../domain/work-order-lifecycle';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';
import { toWorkOrderView } from '../../work-order.view';
import { PRIORITY_ORDER } from '../priority-order';
import { WorkBoardRequest } from './work-board.request';

const BOARD_COLUMN_LIMIT = 100;

/** A manager's board: counts by branch and status, and with a branch its open orders by status (most urgent first). */
@Injectable()
export class WorkBoardQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: WorkBoardRequest) {
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
