import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { CaseFacts } from '../../domain/case-facts';
import { Contribution, contributions } from '../../domain/kpi-contributions';
import { KpiDefinitionDocument } from '../../domain/kpi-definition';
import { figureChanges, figureOf } from '../../domain/kpi-figures';
import { periodMinutes, periodOf } from '../../domain/periods';
import { KpiFiguresReader } from '../../infrastructure/kpi-figures.reader';
import { KPI_DEFINITION_LOCK, KpiProjectionStore } from '../../infrastructure/kpi-projection.store';
import { KpiDefinitionEntity } from '../../infrastructure/kpi.entities';
import { kpiDefinitionStale, validDefinitionsOrUnprocessable } from '../../kpis.errors';
import { DefinitionView, toDefinitionView } from '../../kpi.view';
import { PublishDefinitionRequest } from './publish-definition.request';

const BATCH = 2000;

/**
 * A new version of the KPI definitions (R-SV-4), in one transaction: the history is recomputed from the stored
 * facts of every case under it, compared month by month with the version in force, and the new version takes
 * over. Facts arriving meanwhile wait for it (the definition lock) and then count under the new version.
 */
@Injectable()
export class PublishDefinitionCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly store: KpiProjectionStore,
    private readonly reader: KpiFiguresReader,
    private readonly clock: Clock,
  ) {}

  execute(request: PublishDefinitionRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<DefinitionView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `publish-kpi-definition:${user.sub}`, request }, async () => {
        const document = validDefinitionsOrUnprocessable(request.document as KpiDefinitionDocument);
        await m.query(`SELECT pg_advisory_xact_lock($1)`, [KPI_DEFINITION_LOCK]);
        const current = await this.store.active(m);
        if (request.basedOn !== current.version) throw kpiDefinitionStale(request.basedOn, current.version);
        const version = current.version + 1;
        await this.recompute(m, version, document);
        const changes = figureChanges(await this.monthly(m, current.version, current.document), await this.monthly(m, version, document));
        const row = m.getRepository(KpiDefinitionEntity).create({ version, document, note: request.note, createdBy: `user:${user.sub}`, createdAt: this.clock.now(), changes });
        await m.getRepository(KpiDefinitionEntity).insert(row);
        // Only the version in force is kept up to date; the figures of the one it replaced live on in `changes`.
        await m.query(`DELETE FROM kpi_cells WHERE version < $1`, [version]);
        return { status: 201, body: toDefinitionView(row) };
      }),
    );
  }

  /** Every case's contributions under the new version, summed in memory and written once per cell. */
  private async recompute(m: EntityManager, version: number, document: KpiDefinitionDocument): Promise<void> {
    const def = this.store.prepare(version, document);
    const cells = new Map<string, Contribution>();
    let after: string | null = null;
    for (;;) {
      const rows: { case_id: string; facts: CaseFacts }[] = await m.query(
        `SELECT case_id, facts FROM kpi_cases WHERE ($1::uuid IS NULL OR case_id > $1) ORDER BY case_id LIMIT $2`,
        [after, BATCH],
      );
      for (const row of rows) {
        for (const [id, c] of contributions(row.facts, def.document, this.store.zone, def.calendar)) {
          const had = cells.get(id);
          if (had) {
            had.num += c.num;
            had.den += c.den;
          } else cells.set(id, c);
        }
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].case_id;
    }
    await this.store.addCells(m, version, [...cells.values()]);
  }

  /** A version's figures per KPI and month across all cases, keyed `code|YYYY-MM`. */
  private async monthly(m: EntityManager, version: number, doc: KpiDefinitionDocument): Promise<Map<string, number | null>> {
    const totals = await this.reader.monthlyTotals(m, version);
    const [{ units }] = await m.query(`SELECT count(*)::int AS units FROM kpi_contract_units`);
    const out = new Map<string, number | null>();
    for (const t of totals) {
      const k = doc.kpis.find((x) => x.code === t.kpi);
      if (!k) continue;
      const capacity = units * periodMinutes(periodOf('month', `${t.month}-01`, this.store.zone));
      out.set(`${t.kpi}|${t.month}`, figureOf(k, t.num, t.den, capacity).value);
    }
    return out;
  }
}
