import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BREACH_BRANCH, BREACH_ENGINEER, BREACH_FROM, breachWhere } from '../../infrastructure/breach-report.sql';
import { BreachSummaryView } from '../../kpi.view';
import { BreachSummaryRequest } from './breach-summary.request';

const GROUP: Record<BreachSummaryRequest['by'], string> = {
  clock: 'b.clock',
  priority: 'b.priority',
  branch: BREACH_BRANCH,
  engineer: BREACH_ENGINEER,
  day: `to_char(b.day, 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', b.day), 'YYYY-MM-DD')`,
  month: `to_char(b.day, 'YYYY-MM')`,
};

/** R-SLA-7: how many SLA breaches in a date range, counted by clock, priority, branch, engineer or period. */
@Injectable()
export class BreachSummaryQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: BreachSummaryRequest): Promise<BreachSummaryView> {
    const { sql, params } = breachWhere(q);
    const rows: { key: string | null; n: number }[] = await this.dataSource.query(
      `SELECT ${GROUP[q.by]} AS key, count(*)::int AS n FROM ${BREACH_FROM} WHERE ${sql} GROUP BY 1 ORDER BY 1 NULLS LAST`,
      params,
    );
    return { from: q.from, to: q.to, by: q.by, total: rows.reduce((s, r) => s + r.n, 0), groups: rows.map((r) => ({ key: r.key, breaches: r.n })) };
  }
}
