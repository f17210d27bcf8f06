import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page } from '@aftersales/platform-service-defaults';
import { BREACH_BRANCH, BREACH_ENGINEER, BREACH_FROM, breachWhere } from '../../infrastructure/breach-report.sql';
import { BreachView } from '../../kpi.view';
import { ListBreachesRequest } from './list-breaches.request';

/** R-SLA-7: every SLA breach in a date range, newest first, with the case's branch and engineer. */
@Injectable()
export class ListBreachesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: ListBreachesRequest): Promise<Page<BreachView>> {
    const { sql, params } = breachWhere(q);
    if (q.cursor) params.push(q.cursor);
    const cursor = q.cursor ? ` AND b.id < $${params.length}` : '';
    params.push(q.limit + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT b.id, b.case_id, b.case_number, b.clock, b.priority, b.plan_code, ${BREACH_BRANCH} AS branch, ${BREACH_ENGINEER} AS engineer,
              b.due_at, b.breached_at, to_char(b.day, 'YYYY-MM-DD') AS day
       FROM ${BREACH_FROM} WHERE ${sql}${cursor} ORDER BY b.id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, q.limit).map(
      (r): BreachView => ({
        id: r.id as string,
        caseId: r.case_id as string,
        caseNumber: r.case_number as string,
        clock: r.clock as string,
        priority: r.priority as string,
        planCode: r.plan_code as string,
        branch: (r.branch as string | null) ?? null,
        engineer: (r.engineer as string | null) ?? null,
        dueAt: (r.due_at as Date).toISOString(),
        breachedAt: (r.breached_at as Date).toISOString(),
        day: r.day as string,
      }),
    );
    return { items, nextCursor: rows.length > q.limit ? items[items.length - 1].id : null };
  }
}
