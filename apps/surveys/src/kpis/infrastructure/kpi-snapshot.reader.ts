import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ALL, DIMENSIONS } from '../domain/kpi-contributions';
import { Figure } from '../domain/kpi-figures';
import { Period } from '../domain/periods';
import { KpiFiguresReader } from './kpi-figures.reader';
import { KpiProjectionStore } from './kpi-projection.store';

export interface Shortfall {
  code: string;
  dimension: string;
  key: string;
  value: number;
  target: NonNullable<Figure['target']>;
}

export interface KpiSnapshot {
  version: number;
  figures: Figure[];
  /** Every dimension key below a target in the period, the worst first (the furthest below a minimum). */
  shortfalls: Shortfall[];
}

/** A period's KPIs across all cases and who fell short of the targets (R-SLA-8). */
@Injectable()
export class KpiSnapshotReader {
  constructor(
    private readonly store: KpiProjectionStore,
    private readonly figures: KpiFiguresReader,
  ) {}

  async snapshot(m: EntityManager, period: Period): Promise<KpiSnapshot> {
    const def = await this.store.active(m);
    const all = (await this.figures.figures(m, def.version, def.document, 'all', period, [ALL])).get(ALL) ?? [];
    const shortfalls: Shortfall[] = [];
    if (def.document.kpis.some((k) => k.target)) {
      for (const dimension of DIMENSIONS.filter((d) => d !== 'all')) {
        const keys = await this.figures.keys(m, def.version, dimension, period, 100_000);
        for (const [key, figures] of await this.figures.figures(m, def.version, def.document, dimension, period, keys)) {
          for (const f of figures) if (f.meetsTarget === false && f.target && f.value !== null) shortfalls.push({ code: f.code, dimension, key, value: f.value, target: f.target });
        }
      }
    }
    const gap = (s: Shortfall) => (s.target.min !== undefined ? s.target.min - s.value : s.value - (s.target.max ?? s.value));
    shortfalls.sort((a, b) => gap(b) - gap(a) || a.code.localeCompare(b.code) || a.dimension.localeCompare(b.dimension) || a.key.localeCompare(b.key));
    return { version: def.version, figures: all, shortfalls };
  }
}
