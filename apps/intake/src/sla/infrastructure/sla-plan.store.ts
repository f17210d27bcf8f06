import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { BusinessCalendar, alwaysOpen, weekdays } from '@aftersales/platform-calendar';
import { ClockDefinition, DEFAULT_PLANS, SlaPlan } from '../domain/sla-plan';
import { StatusPause } from '../domain/sla-clock';

export interface ClockRow {
  id: string;
  caseId: string;
  clock: string;
  planCode: string;
  priority: string;
  channel: string;
  targetMinutes: number;
  calendarId: string;
  /** The site's IANA zone the clock's calendar runs in (R-SLA-6); null: the calendar's own. */
  timeZone: string | null;
  definition: ClockDefinition;
  startedAt: Date;
  stoppedAt: Date | null;
  stoppedBy: string | null;
  dueAt: Date | null;
  breachedAt: Date | null;
  state: string;
  version: number;
  /** The rungs of the ladder (indexes into definition.escalation) that have fired. */
  firedSteps: number[];
}

export interface PauseRow extends StatusPause {
  id: string;
  /** Null: every clock of the case that pauses on the status. */
  clock: string | null;
}

export interface LedgerEntry {
  clock: string;
  at: Date;
  kind: string;
  rule: string;
  detail?: Record<string, unknown>;
}

/** R-SLA-6: Mon-Fri 09:00-17:00 in China; holidays and make-up days are added by an administrator each year. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = weekdays('business', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], {
  holidays: [],
  makeUpWorkdays: [],
});

const toClock = (r: Record<string, unknown>): ClockRow => ({
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

/**
 * Plans and calendars change rarely and are read on every case change: each process keeps them for a few seconds.
 * A save clears this process's copy at once; another replica sees it within CACHE_MS (a plan applies to clocks
 * started after the edit, and a calendar edit's recompute runs after that too).
 */
const CACHE_MS = 5000;

/** SQL of the SLA engine's tables; every method runs in the caller's transaction. */
@Injectable()
export class SlaStore {
  private planCache?: { at: number; plans: Promise<(SlaPlan & { version: number; updatedAt: Date })[]> };
  private calendarCache = new Map<string, { at: number; calendar: Promise<BusinessCalendar | undefined> }>();
  private byZone = new Map<string, BusinessCalendar>();
  private byZoneSource = new Map<string, BusinessCalendar>();

  /** The plans, from this process's short-lived copy. */
  cachedPlans(m: EntityManager): Promise<(SlaPlan & { version: number; updatedAt: Date })[]> {
    if (!this.planCache || Date.now() - this.planCache.at > CACHE_MS) {
      const plans = this.plans(m);
      this.planCache = { at: Date.now(), plans };
      plans.catch(() => (this.planCache = undefined));
    }
    return this.planCache.plans;
  }

  private cachedCalendar(m: EntityManager, id: string): Promise<BusinessCalendar | undefined> {
    const hit = this.calendarCache.get(id);
    if (hit && Date.now() - hit.at <= CACHE_MS) return hit.calendar;
    const calendar = this.calendar(m, id);
    this.calendarCache.set(id, { at: Date.now(), calendar });
    calendar.catch(() => this.calendarCache.delete(id));
    return calendar;
  }

  /** Writes the default plans and calendar where missing (an administrator's edits are kept). */
  async ensureDefaults(m: EntityManager): Promise<void> {
    await m.query(`INSERT INTO sla_calendar (id, definition) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [DEFAULT_BUSINESS_CALENDAR.id, DEFAULT_BUSINESS_CALENDAR]);
    for (const plan of DEFAULT_PLANS) {
      await m.query(`INSERT INTO sla_plan (code, name, definition) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [plan.code, plan.name, plan]);
    }
  }

  async plans(m: EntityManager): Promise<(SlaPlan & { version: number; updatedAt: Date })[]> {
    const rows: { definition: SlaPlan; version: number; updated_at: Date }[] = await m.query(`SELECT definition, version, updated_at FROM sla_plan ORDER BY code`);
    return rows.map((r) => ({ ...r.definition, version: r.version, updatedAt: r.updated_at }));
  }

  async plan(m: EntityManager, code: string): Promise<SlaPlan | undefined> {
    const [row] = await m.query(`SELECT definition FROM sla_plan WHERE code = $1`, [code]);
    return row?.definition;
  }

  async savePlan(m: EntityManager, plan: SlaPlan): Promise<number> {
    this.planCache = undefined;
    const [row] = await m.query(
      `INSERT INTO sla_plan (code, name, definition) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, definition = excluded.definition, version = sla_plan.version + 1, updated_at = now()
       RETURNING version`,
      [plan.code, plan.name, plan],
    );
    return row.version;
  }

  async calendars(m: EntityManager): Promise<(BusinessCalendar & { version: number })[]> {
    const rows: { definition: BusinessCalendar; version: number }[] = await m.query(`SELECT definition, version FROM sla_calendar ORDER BY id`);
    return rows.map((r) => ({ ...r.definition, version: r.version }));
  }

  async calendar(m: EntityManager, id: string): Promise<BusinessCalendar | undefined> {
    const [row] = await m.query(`SELECT definition FROM sla_calendar WHERE id = $1`, [id]);
    return row?.definition;
  }

  async saveCalendar(m: EntityManager, calendar: BusinessCalendar): Promise<number> {
    this.calendarCache.delete(calendar.id);
    const [row] = await m.query(
      `INSERT INTO sla_calendar (id, definition) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, version = sla_calendar.version + 1, updated_at = now()
       RETURNING version`,
      [calendar.id, calendar],
    );
    return row.version;
  }

  /**
   * The calendar a clock runs on: the plan's business calendar, or 7x24 in that calendar's time zone. A calendar
   * that has been removed falls back to the default, so a clock is never left without one.
   */
  async calendarFor(m: EntityManager, calendarId: string, kind: ClockDefinition['calendar'], timeZone?: string | null): Promise<BusinessCalendar> {
    const business = (await this.cachedCalendar(m, calendarId)) ?? DEFAULT_BUSINESS_CALENDAR;
    const zone = timeZone ?? business.timeZone;
    // One object per calendar and zone: the calendar library caches its day plans per calendar object.
    const key = kind === '24x7' ? `24x7@${zone}` : `${business.id}@${zone}`;
    let calendar = this.byZone.get(key);
    if (!calendar || (kind !== '24x7' && this.byZoneSource.get(key) !== business)) {
      // The site's zone with the calendar's hours, holidays and make-up days: 09:00 is 09:00 where the site is.
      calendar = kind === '24x7' ? alwaysOpen('24x7', zone) : zone === business.timeZone ? business : { ...business, timeZone: zone };
      this.byZone.set(key, calendar);
      this.byZoneSource.set(key, business);
    }
    return calendar;
  }

  async clocks(m: EntityManager, caseId: string, lock = false): Promise<ClockRow[]> {
    const rows = await m.query(`SELECT * FROM sla_clock WHERE case_id = $1 ORDER BY started_at, clock ${lock ? 'FOR UPDATE' : ''}`, [caseId]);
    return rows.map(toClock);
  }

  /**
   * New clocks of one case in one statement: at the case's opening with their first deadline, or when a new plan
   * adds a clock (possibly met at once). ON CONFLICT: a clock the case already has is kept.
   */
  async insertClocks(
    m: EntityManager,
    rows: readonly (Omit<ClockRow, 'id' | 'version' | 'breachedAt' | 'stoppedAt' | 'stoppedBy' | 'firedSteps'> & { stoppedAt?: Date | null; stoppedBy?: string | null })[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO sla_clock (id, case_id, clock, plan_code, priority, channel, target_minutes, calendar_id, definition, started_at, due_at, state, time_zone, stopped_at, stopped_by, updated_at)
       SELECT r.id, r.case_id, r.clock, r.plan_code, r.priority, r.channel, r.target_minutes, r.calendar_id, r.definition, r.started_at, r.due_at, r.state, r.time_zone, r.stopped_at, r.stopped_by, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::jsonb[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::timestamptz[], $15::text[])
           AS r(id, case_id, clock, plan_code, priority, channel, target_minutes, calendar_id, definition, started_at, due_at, state, time_zone, stopped_at, stopped_by)
       ON CONFLICT (case_id, clock) DO NOTHING`,
      [
        rows.map(() => uuidv7()),
        rows.map((r) => r.caseId),
        rows.map((r) => r.clock),
        rows.map((r) => r.planCode),
        rows.map((r) => r.priority),
        rows.map((r) => r.channel),
        rows.map((r) => r.targetMinutes),
        rows.map((r) => r.calendarId),
        rows.map((r) => JSON.stringify(r.definition)),
        rows.map((r) => r.startedAt.toISOString()),
        rows.map((r) => r.dueAt?.toISOString() ?? null),
        rows.map((r) => r.state),
        rows.map((r) => r.timeZone),
        rows.map((r) => r.stoppedAt?.toISOString() ?? null),
        rows.map((r) => r.stoppedBy ?? null),
      ],
    );
  }

  async updateClock(m: EntityManager, id: string, patch: Partial<Omit<ClockRow, 'id' | 'caseId' | 'clock'>>): Promise<void> {
    const columns: Record<string, string> = {
      planCode: 'plan_code',
      priority: 'priority',
      channel: 'channel',
      targetMinutes: 'target_minutes',
      calendarId: 'calendar_id',
      definition: 'definition',
      startedAt: 'started_at',
      stoppedAt: 'stopped_at',
      stoppedBy: 'stopped_by',
      dueAt: 'due_at',
      breachedAt: 'breached_at',
      state: 'state',
      version: 'version',
      firedSteps: 'fired_steps',
    };
    const entries = Object.entries(patch).filter(([k]) => k in columns);
    if (entries.length === 0) return;
    const sets = entries.map(([k], i) => `${columns[k]} = $${i + 2}`);
    await m.query(`UPDATE sla_clock SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
  }

  async pauses(m: EntityManager, caseId: string): Promise<PauseRow[]> {
    const rows: { id: string; clock: string | null; status: string; started_at: Date; ended_at: Date | null }[] = await m.query(
      `SELECT id, clock, status, started_at, ended_at FROM sla_pause WHERE case_id = $1 ORDER BY started_at, id`,
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, clock: r.clock, status: r.status, start: new Date(r.started_at), end: r.ended_at ? new Date(r.ended_at) : null }));
  }

  async openPause(m: EntityManager, caseId: string, status: string, at: Date, clock: string | null = null, endedAt: Date | null = null): Promise<void> {
    await m.query(`INSERT INTO sla_pause (id, case_id, clock, status, started_at, ended_at) VALUES ($1, $2, $3, $4, $5, $6)`, [uuidv7(), caseId, clock, status, at, endedAt]);
  }

  /** Ends the case's open status pause; returns its status when there was one. */
  async closePause(m: EntityManager, caseId: string, at: Date): Promise<string | undefined> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [rows]: [{ status: string }[], number] = await m.query(
      `UPDATE sla_pause SET ended_at = GREATEST($2::timestamptz, started_at) WHERE case_id = $1 AND clock IS NULL AND ended_at IS NULL RETURNING status`,
      [caseId, at],
    );
    return rows[0]?.status;
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

  async caseFacts(m: EntityManager, caseId: string): Promise<{ caseNumber: string; status: string; priority: string; channel: string; assigneeId: string | null; customerId: string } | undefined> {
    const [row] = await m.query(`SELECT case_number, status, priority, channel, assignee_id, customer_id FROM cases WHERE id = $1`, [caseId]);
    return row ? { caseNumber: row.case_number, status: row.status, priority: row.priority, channel: row.channel, assigneeId: row.assignee_id, customerId: row.customer_id } : undefined;
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
}

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
