import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseClocks, LedgerEntry, SlaClock, SlaPause } from '../domain/case-clocks';
import { ClockDefinition } from '../domain/sla-plan';
import { SlaStepTimers } from '../timers/sla-step.timers';

export interface EscalationRow {
  id: string;
  clock: string;
  level: number;
  reason: string;
  recipients: { roles: string[]; users: string[]; channels: string[] };
  escalatedAt: Date;
  reactBy: Date | null;
  reactedAt: Date | null;
  reactedBy: string | null;
}

const toClock = (r: Record<string, unknown>): SlaClock => ({
  id: r.id as string,
  caseId: r.case_id as string,
  clock: r.clock as string,
  planCode: r.plan_code as string,
  priority: r.priority as string,
  channel: r.channel as string,
  targetMinutes: r.target_minutes as number,
  calendarId: r.calendar_id as string,
  timeZone: (r.time_zone as string | null) ?? null,
  definition: r.definition as ClockDefinition,
  startedAt: new Date(r.started_at as string),
  stoppedAt: r.stopped_at ? new Date(r.stopped_at as string) : null,
  stoppedBy: (r.stopped_by as string | null) ?? null,
  dueAt: r.due_at ? new Date(r.due_at as string) : null,
  breachedAt: r.breached_at ? new Date(r.breached_at as string) : null,
  state: r.state as string,
  version: r.version as number,
  firedSteps: (r.fired_steps as number[] | null) ?? [],
});

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/**
 * SQL of a case's clocks, pauses, ledger and escalations; every method runs in the caller's transaction. A command
 * loads a case's clocks once (`load`) and writes what it changed once (`save`): one statement per table.
 */
@Injectable()
export class SlaClockStore {
  constructor(private readonly timers: SlaStepTimers) {}

  /** The clocks and pauses of a case; `lock` holds its clock rows until the transaction ends. */
  async load(m: EntityManager, caseId: string, lock = false): Promise<CaseClocks> {
    return new CaseClocks(caseId, await this.clocks(m, caseId, lock), await this.pauses(m, caseId), uuidv7);
  }

  async clocks(m: EntityManager, caseId: string, lock = false): Promise<SlaClock[]> {
    const rows = await m.query(`SELECT * FROM sla_clock WHERE case_id = $1 ORDER BY started_at, clock ${lock ? 'FOR UPDATE' : ''}`, [caseId]);
    return rows.map(toClock);
  }

  async pauses(m: EntityManager, caseId: string): Promise<SlaPause[]> {
    const rows: { id: string; clock: string | null; status: string; started_at: Date; ended_at: Date | null }[] = await m.query(
      `SELECT id, clock, status, started_at, ended_at FROM sla_pause WHERE case_id = $1 ORDER BY started_at, id`,
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, clock: r.clock, status: r.status, start: new Date(r.started_at), end: r.ended_at ? new Date(r.ended_at) : null }));
  }

  /** Writes what a command changed on a case's clocks: pauses, new and changed clocks, ledger lines, rung timers. */
  async save(m: EntityManager, changes: CaseClocks): Promise<void> {
    if (!changes.dirty) return;
    await this.endPauses(m, changes.endedPauses);
    await this.insertPauses(m, changes.caseId, changes.openedPauses);
    await this.insertClocks(m, changes.added);
    await this.updateClocks(m, changes.changed);
    await this.appendLedger(m, changes.caseId, changes.ledger);
    await this.timers.scheduleRungs(m, changes.caseId, changes.rungs.values());
  }

  /**
   * New clocks of one case in one statement: at the case's opening with their first deadline, or when a new plan
   * adds a clock (possibly met at once). ON CONFLICT: a clock the case already has is kept.
   */
  async insertClocks(
    m: EntityManager,
    rows: readonly (Omit<SlaClock, 'id' | 'version' | 'breachedAt' | 'stoppedAt' | 'stoppedBy' | 'firedSteps'> & { id?: string; stoppedAt?: Date | null; stoppedBy?: string | null })[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO sla_clock (id, case_id, clock, plan_code, priority, channel, target_minutes, calendar_id, definition, started_at, due_at, state, time_zone, stopped_at, stopped_by, updated_at)
       SELECT r.id, r.case_id, r.clock, r.plan_code, r.priority, r.channel, r.target_minutes, r.calendar_id, r.definition, r.started_at, r.due_at, r.state, r.time_zone, r.stopped_at, r.stopped_by, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::jsonb[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::timestamptz[], $15::text[])
           AS r(id, case_id, clock, plan_code, priority, channel, target_minutes, calendar_id, definition, started_at, due_at, state, time_zone, stopped_at, stopped_by)
       ON CONFLICT (case_id, clock) DO NOTHING`,
      [
        rows.map((r) => r.id ?? uuidv7()),
        rows.map((r) => r.caseId),
        rows.map((r) => r.clock),
        rows.map((r) => r.planCode),
        rows.map((r) => r.priority),
        rows.map((r) => r.channel),
        rows.map((r) => r.targetMinutes),
        rows.map((r) => r.calendarId),
        rows.map((r) => JSON.stringify(r.definition)),
        rows.map((r) => r.startedAt.toISOString()),
        rows.map((r) => iso(r.dueAt)),
        rows.map((r) => r.state),
        rows.map((r) => r.timeZone),
        rows.map((r) => iso(r.stoppedAt)),
        rows.map((r) => r.stoppedBy ?? null),
      ],
    );
  }

  /** Every changed clock of a case in one statement (all the columns a command may change). */
  private async updateClocks(m: EntityManager, rows: readonly SlaClock[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `UPDATE sla_clock c SET plan_code = u.plan_code, priority = u.priority, target_minutes = u.target_minutes, calendar_id = u.calendar_id,
              definition = u.definition, stopped_at = u.stopped_at, stopped_by = u.stopped_by, due_at = u.due_at, breached_at = u.breached_at,
              state = u.state, version = u.version, fired_steps = u.fired_steps, updated_at = now()
         FROM (SELECT r.id, r.plan_code, r.priority, r.target_minutes, r.calendar_id, r.definition, r.stopped_at, r.stopped_by, r.due_at, r.breached_at,
                      r.state, r.version, ARRAY(SELECT x.step::int FROM jsonb_array_elements_text(r.fired_steps) WITH ORDINALITY AS x(step, i) ORDER BY x.i) AS fired_steps
                 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::timestamptz[], $8::text[], $9::timestamptz[],
                             $10::timestamptz[], $11::text[], $12::int[], $13::jsonb[])
                   AS r(id, plan_code, priority, target_minutes, calendar_id, definition, stopped_at, stopped_by, due_at, breached_at, state, version, fired_steps)) u
        WHERE c.id = u.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.planCode),
        rows.map((r) => r.priority),
        rows.map((r) => r.targetMinutes),
        rows.map((r) => r.calendarId),
        rows.map((r) => JSON.stringify(r.definition)),
        rows.map((r) => iso(r.stoppedAt)),
        rows.map((r) => r.stoppedBy),
        rows.map((r) => iso(r.dueAt)),
        rows.map((r) => iso(r.breachedAt)),
        rows.map((r) => r.state),
        rows.map((r) => r.version),
        rows.map((r) => JSON.stringify(r.firedSteps)),
      ],
    );
  }

  private async insertPauses(m: EntityManager, caseId: string, pauses: readonly SlaPause[]): Promise<void> {
    if (pauses.length === 0) return;
    await m.query(
      `INSERT INTO sla_pause (id, case_id, clock, status, started_at, ended_at)
       SELECT p.id, $1, p.clock, p.status, p.started_at, p.ended_at FROM unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[]) AS p(id, clock, status, started_at, ended_at)`,
      [caseId, pauses.map((p) => p.id), pauses.map((p) => p.clock), pauses.map((p) => p.status), pauses.map((p) => p.start.toISOString()), pauses.map((p) => iso(p.end))],
    );
  }

  private async endPauses(m: EntityManager, pauses: readonly SlaPause[]): Promise<void> {
    if (pauses.length === 0) return;
    await m.query(`UPDATE sla_pause p SET ended_at = u.ended_at FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, ended_at) WHERE p.id = u.id`, [
      pauses.map((p) => p.id),
      pauses.map((p) => iso(p.end)),
    ]);
  }

  async appendLedger(m: EntityManager, caseId: string, entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await m.query(
      `INSERT INTO sla_ledger (case_id, clock, at, kind, rule, detail)
       SELECT $1, e.clock, e.at, e.kind, e.rule, e.detail FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::jsonb[]) AS e(clock, at, kind, rule, detail)`,
      [
        caseId,
        entries.map((e) => e.clock),
        entries.map((e) => e.at.toISOString()),
        entries.map((e) => e.kind),
        entries.map((e) => e.rule),
        entries.map((e) => JSON.stringify(e.detail ?? {})),
      ],
    );
  }

  async ledger(m: EntityManager, caseId: string): Promise<LedgerEntry[]> {
    const rows: { clock: string; at: Date; kind: string; rule: string; detail: Record<string, unknown> }[] = await m.query(
      `SELECT clock, at, kind, rule, detail FROM sla_ledger WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return rows.map((r) => ({ clock: r.clock, at: new Date(r.at), kind: r.kind, rule: r.rule, detail: r.detail }));
  }

  async escalations(m: EntityManager, caseId: string): Promise<EscalationRow[]> {
    const rows = await m.query(`SELECT * FROM sla_escalation WHERE case_id = $1 ORDER BY escalated_at, level`, [caseId]);
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string,
      clock: r.clock as string,
      level: r.level as number,
      reason: r.reason as string,
      recipients: r.recipients as EscalationRow['recipients'],
      escalatedAt: new Date(r.escalated_at as string),
      reactBy: r.react_by ? new Date(r.react_by as string) : null,
      reactedAt: r.reacted_at ? new Date(r.reacted_at as string) : null,
      reactedBy: (r.reacted_by as string | null) ?? null,
    }));
  }

  /** An escalation raised once per clock and level (a second firing of the same rung changes nothing). */
  async insertEscalation(
    m: EntityManager,
    e: { caseId: string; clock: string; level: number; reason: string; recipients: EscalationRow['recipients']; escalatedAt: Date; reactBy: Date | null },
  ): Promise<void> {
    await m.query(
      `INSERT INTO sla_escalation (id, case_id, clock, level, reason, recipients, escalated_at, react_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id, clock, level) DO NOTHING`,
      [uuidv7(), e.caseId, e.clock, e.level, e.reason, e.recipients, e.escalatedAt, e.reactBy],
    );
  }

  /** One escalation of a case, locked for the manager's reaction. */
  async lockEscalation(m: EntityManager, caseId: string, escalationId: string): Promise<{ clock: string; level: number; reactedAt: Date | null } | undefined> {
    const [row] = await m.query(`SELECT clock, level, reacted_at FROM sla_escalation WHERE id = $1 AND case_id = $2 FOR UPDATE`, [escalationId, caseId]);
    return row ? { clock: row.clock, level: row.level, reactedAt: row.reacted_at ? new Date(row.reacted_at) : null } : undefined;
  }

  async recordReaction(m: EntityManager, escalationId: string, at: Date, by: string): Promise<void> {
    await m.query(`UPDATE sla_escalation SET reacted_at = $2, reacted_by = $3 WHERE id = $1`, [escalationId, at, by]);
  }

  /** How many clocks on a calendar are still running (an edit of it recomputes them). */
  async openClocksOn(m: EntityManager, calendarId: string): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM sla_clock WHERE calendar_id = $1 AND stopped_at IS NULL`, [calendarId]);
    return n;
  }

  /** One batch of the cases with running clocks on a calendar, after the last case of the previous batch. */
  async casesOnCalendar(m: EntityManager, calendarId: string, after: string | null, limit: number): Promise<string[]> {
    const rows: { case_id: string }[] = await m.query(
      `SELECT DISTINCT case_id FROM sla_clock WHERE calendar_id = $1 AND stopped_at IS NULL AND ($2::uuid IS NULL OR case_id > $2::uuid) ORDER BY case_id LIMIT $3`,
      [calendarId, after, limit],
    );
    return rows.map((r) => r.case_id);
  }
}
