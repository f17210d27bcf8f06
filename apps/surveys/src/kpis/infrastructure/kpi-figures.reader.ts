import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ALL, Dimension } from '../domain/kpi-contributions';
import { KpiDefinitionDocument } from '../domain/kpi-definition';
import { Figure, figureOf } from '../domain/kpi-figures';
import { Period, periodMinutes } from '../domain/periods';

/** A month is read from its month cells (one per key and KPI), a week or a day from its day cells. */
const grainOf = (p: Period) => (p.kind === 'month' ? 'month' : 'day');

/** Which column of the fleet says a unit belongs to a dimension key (availability has no engineer or branch). */
const UNIT_COLUMN: Partial<Record<Dimension, string>> = { contract: 'contract_id::text', customer: 'customer_id::text', 'product-model': 'product_model' };

/** A period's figures from the projection: the sums of its days, per dimension key. */
@Injectable()
export class KpiFiguresReader {
  /** The keys of a dimension with counts in the period, in order, after `after`. */
  async keys(m: EntityManager, version: number, dimension: Dimension, period: Period, limit: number, after?: string): Promise<string[]> {
    if (dimension === 'all') return after ? [] : [ALL];
    // A skip scan: one index probe per key (the next key after the last one found), not a scan of every cell of the dimension.
    const rows: { key: string }[] = await m.query(
      `WITH RECURSIVE k(key, n) AS (
         (SELECT key, 1 FROM kpi_cells WHERE version = $1 AND dimension = $2 AND grain = $7 AND day >= $3 AND day < $4 AND ($5::text IS NULL OR key > $5) ORDER BY key LIMIT 1)
         UNION ALL
         SELECT (SELECT c.key FROM kpi_cells c WHERE c.version = $1 AND c.dimension = $2 AND c.grain = $7 AND c.day >= $3 AND c.day < $4 AND c.key > k.key ORDER BY c.key LIMIT 1), n + 1
         FROM k WHERE k.key IS NOT NULL AND n < $6
       )
       SELECT key FROM k WHERE key IS NOT NULL`,
      [version, dimension, period.start, period.end, after ?? null, limit, grainOf(period)],
    );
    return rows.map((r) => r.key);
  }

  async figures(m: EntityManager, version: number, doc: KpiDefinitionDocument, dimension: Dimension, period: Period, keys: string[]): Promise<Map<string, Figure[]>> {
    const out = new Map<string, Figure[]>();
    if (keys.length === 0) return out;
    const rows: { key: string; kpi: string; num: number; den: number }[] = await m.query(
      `SELECT key, kpi, sum(num)::float8 AS num, sum(den)::float8 AS den FROM kpi_cells
       WHERE version = $1 AND dimension = $2 AND grain = $6 AND key = ANY($3::text[]) AND day >= $4 AND day < $5 GROUP BY key, kpi`,
      [version, dimension, keys, period.start, period.end, grainOf(period)],
    );
    const sums = new Map(rows.map((r) => [`${r.key}\u0000${r.kpi}`, r]));
    const units = doc.kpis.some((k) => k.kind === 'availability') ? await this.units(m, dimension, keys) : new Map<string, number>();
    const minutes = periodMinutes(period);
    for (const key of keys) {
      out.set(
        key,
        doc.kpis.map((k) => {
          const s = sums.get(`${key}\u0000${k.code}`);
          const capacity = UNIT_COLUMN[dimension] || dimension === 'all' ? (units.get(key) ?? 0) * minutes : null;
          return figureOf(k, s?.num ?? 0, s?.den ?? 0, capacity);
        }),
      );
    }
    return out;
  }

  /** Units under contract per key: the fleet availability is measured on. */
  private async units(m: EntityManager, dimension: Dimension, keys: string[]): Promise<Map<string, number>> {
    if (dimension === 'all') {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM kpi_contract_units`);
      return new Map([[ALL, n as number]]);
    }
    const column = UNIT_COLUMN[dimension];
    if (!column) return new Map();
    const rows: { key: string; n: number }[] = await m.query(
      `SELECT ${column} AS key, count(*)::int AS n FROM kpi_contract_units WHERE ${column} = ANY($1::text[]) GROUP BY 1`,
      [keys],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  }

  /** Per KPI and month, the figures across all cases: what a recompute compares. */
  async monthlyTotals(m: EntityManager, version: number): Promise<{ month: string; kpi: string; num: number; den: number }[]> {
    return m.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, kpi, sum(num)::float8 AS num, sum(den)::float8 AS den FROM kpi_cells
       WHERE version = $1 AND dimension = 'all' AND grain = 'month' AND key = '*' GROUP BY 1, 2 ORDER BY 1, 2`,
      [version],
    );
  }
}
