import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { applyFact, CaseFact, CaseFacts, emptyCase } from '../domain/case-facts';
import { Contribution, contributionDelta, contributions, kpiCalendar } from '../domain/kpi-contributions';
import { KpiDefinitionDocument } from '../domain/kpi-definition';
import { localDay } from '../domain/periods';

/** Held shared by every fact being recorded and exclusively by a recompute: no delta lands on a version being replaced. */
export const KPI_DEFINITION_LOCK = 731_232_006;

export interface ActiveDefinition {
  version: number;
  document: KpiDefinitionDocument;
  calendar: BusinessCalendar;
}

export interface RecordedEvent {
  id: string;
  time: string;
}

/**
 * Facts in, projection out (R-SV-4): in the transaction of the event that brought them, each fact is stored, folded
 * into its case, and the difference it makes to the case's contributions is added to the cells of the definition
 * in force. An event delivered again finds its facts stored and changes nothing.
 */
@Injectable()
export class KpiProjectionStore {
  private readonly cache = new Map<number, ActiveDefinition>();

  constructor(private readonly config: AppConfig) {}

  get zone(): string {
    return this.config.get<string>('KPI_TIME_ZONE');
  }

  /** The definition in force: the newest version. */
  async active(m: EntityManager): Promise<ActiveDefinition> {
    const [row] = await m.query(`SELECT version FROM kpi_definitions ORDER BY version DESC LIMIT 1`);
    return this.version(m, row.version as number);
  }

  async version(m: EntityManager, version: number): Promise<ActiveDefinition> {
    const hit = this.cache.get(version);
    if (hit) return hit;
    const [row] = await m.query(`SELECT version, document FROM kpi_definitions WHERE version = $1`, [version]);
    const def = this.prepare(row.version, row.document);
    this.cache.set(version, def);
    return def;
  }

  prepare(version: number, document: KpiDefinitionDocument): ActiveDefinition {
    return { version, document, calendar: kpiCalendar(document.calendar, this.zone) };
  }

  /** Records the facts of one event; false when the event was recorded before. */
  async record(m: EntityManager, event: RecordedEvent, facts: CaseFact[], breach?: BreachRow): Promise<boolean> {
    if (facts.length === 0) return false;
    await m.query(`SELECT pg_advisory_xact_lock_shared($1)`, [KPI_DEFINITION_LOCK]);
    // The version in force is read by the next statement, whose snapshot is taken once the lock is held: a recompute
    // that committed while this waited is seen (in the lock's own statement it would not be).
    const inserted: { case_id: string; version: number }[] = await m.query(
      `INSERT INTO kpi_facts (event_id, case_id, kind, event_time, fact)
       SELECT $1, c, k, $2, f FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) AS t(c, k, f)
       ON CONFLICT DO NOTHING RETURNING case_id, (SELECT max(version) FROM kpi_definitions) AS version`,
      [event.id, event.time, facts.map((f) => f.caseId), facts.map((f) => f.kind), facts.map((f) => JSON.stringify(f))],
    );
    if (inserted.length === 0) return false;
    const def = await this.version(m, inserted[0].version);
    // Cases in one order, so two events about the same two cases cannot deadlock.
    for (const fact of [...facts].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
      // The row and its lock in one statement (an empty case when it is new): two first facts of a case at once
      // must not both start from nothing. The no-op update locks the row and returns the facts as they were.
      const [row] = await m.query(
        `INSERT INTO kpi_cases (case_id, facts, updated_at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (case_id) DO UPDATE SET case_id = EXCLUDED.case_id RETURNING facts`,
        [fact.caseId, JSON.stringify(emptyCase(fact.caseId))],
      );
      const before: CaseFacts = row.facts;
      const after = applyFact(before, fact);
      const delta = contributionDelta(contributions(before, def.document, this.zone, def.calendar), contributions(after, def.document, this.zone, def.calendar));
      // The new facts and the cells they move, in one statement.
      await m.query(
        `WITH c AS (UPDATE kpi_cases SET facts = $10, updated_at = clock_timestamp() WHERE case_id = $9)
         INSERT INTO kpi_cells (version, dimension, grain, key, day, kpi, num, den)
         SELECT $1, d, g, k, day, kpi, num, den FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::float8[], $8::float8[]) AS t(d, g, k, day, kpi, num, den)
         ON CONFLICT (version, dimension, grain, key, day, kpi) DO UPDATE SET num = kpi_cells.num + EXCLUDED.num, den = kpi_cells.den + EXCLUDED.den`,
        [...cellParams(def.version, delta), fact.caseId, JSON.stringify(after)],
      );
      await this.recordUnit(m, before, after);
    }
    if (breach) {
      await m.query(
        `INSERT INTO kpi_breaches (id, case_id, case_number, clock, priority, plan_code, due_at, breached_at, day)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [event.id, breach.caseId, breach.caseNumber, breach.clock, breach.priority, breach.planCode, breach.dueAt, breach.breachedAt, localDay(breach.breachedAt, this.zone)],
      );
    }
    return true;
  }

  /** Adds counts to the cells of a version (one statement; rows in the order given). */
  async addCells(m: EntityManager, version: number, cells: Contribution[]): Promise<void> {
    for (let i = 0; i < cells.length; i += 5000) {
      const chunk = cells.slice(i, i + 5000);
      if (chunk.length === 0) continue;
      await m.query(
        `INSERT INTO kpi_cells (version, dimension, grain, key, day, kpi, num, den)
         SELECT $1, d, g, k, day, kpi, num, den FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::float8[], $8::float8[]) AS t(d, g, k, day, kpi, num, den)
         ON CONFLICT (version, dimension, grain, key, day, kpi) DO UPDATE SET num = kpi_cells.num + EXCLUDED.num, den = kpi_cells.den + EXCLUDED.den`,
        cellParams(version, chunk),
      );
    }
  }

  /** The fleet under contract grows by the units its cases name. */
  private async recordUnit(m: EntityManager, before: CaseFacts, after: CaseFacts): Promise<void> {
    if (!after.contractId || !after.serialNumber) return;
    const same = before.contractId === after.contractId && before.serialNumber === after.serialNumber && before.customerId === after.customerId && before.productModel === after.productModel;
    if (same) return;
    await m.query(
      `INSERT INTO kpi_contract_units (contract_id, serial_number, customer_id, product_model) VALUES ($1, $2, $3, $4)
       ON CONFLICT (contract_id, serial_number) DO UPDATE
         SET customer_id = COALESCE(EXCLUDED.customer_id, kpi_contract_units.customer_id),
             product_model = COALESCE(EXCLUDED.product_model, kpi_contract_units.product_model)`,
      [after.contractId, after.serialNumber, after.customerId, after.productModel],
    );
  }
}

function cellParams(version: number, cells: Contribution[]): unknown[] {
  return [version, cells.map((c) => c.dimension), cells.map((c) => c.grain), cells.map((c) => c.key), cells.map((c) => c.day), cells.map((c) => c.kpi), cells.map((c) => c.num), cells.map((c) => c.den)];
}

export interface BreachRow {
  caseId: string;
  caseNumber: string;
  clock: string;
  priority: string;
  planCode: string;
  dueAt: string;
  breachedAt: string;
}
