import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALL } from '../../domain/kpi-contributions';
import { periodOf } from '../../domain/periods';
import { KpiFiguresReader } from '../../infrastructure/kpi-figures.reader';
import { KpiProjectionStore } from '../../infrastructure/kpi-projection.store';
import { KpiPageView } from '../../kpi.view';
import { GetKpisRequest } from './get-kpis.request';

/** A period's KPIs per dimension key, with the definition version they were counted under and what falls short (R-SLA-8). */
@Injectable()
export class GetKpisQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: KpiProjectionStore,
    private readonly reader: KpiFiguresReader,
  ) {}

  async execute(q: GetKpisRequest): Promise<KpiPageView> {
    const m = this.dataSource.manager;
    const def = await this.store.active(m);
    const period = periodOf(q.period, q.date, this.store.zone);
    let keys: string[];
    let nextCursor: string | null = null;
    if (q.key !== undefined) keys = q.cursor || (q.dimension === 'all' && q.key !== ALL) ? [] : [q.key];
    else {
      keys = await this.reader.keys(m, def.version, q.dimension, period, q.limit + 1, q.cursor);
      if (keys.length > q.limit) {
        keys = keys.slice(0, q.limit);
        nextCursor = keys[keys.length - 1];
      }
    }
    const figures = await this.reader.figures(m, def.version, def.document, q.dimension, period, keys);
    return {
      definitionVersion: def.version,
      period: { kind: period.kind, start: period.start, end: period.end, timeZone: this.store.zone },
      dimension: q.dimension,
      items: keys.map((key) => {
        const f = figures.get(key) ?? [];
        return { key, figures: f, shortfalls: f.filter((x) => x.meetsTarget === false).map((x) => x.code) };
      }),
      nextCursor,
    };
  }
}
