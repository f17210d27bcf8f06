import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BusinessCalendar, alwaysOpen, chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';
import { CalendarOf, SlaClock } from '../domain/case-clocks';
import { ClockDefinition, DEFAULT_PLANS, SlaPlan, engineerResponseOf } from '../domain/sla-plan';

/**
 * R-SLA-6: Mon-Fri 09:00-17:00 in China with mainland China's official holidays and 调休 working days for the years
 * the State Council has published (libs/platform/calendar china-official-schedule.ts names the source).
 */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = weekdays('business', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }], chinaOfficialSchedule());

/**
 * Plans and calendars change rarely and are read on every case change: each process keeps them for a few seconds.
 * A save clears this process's copy at once; another replica sees it within CACHE_MS (a plan applies to clocks
 * started after the edit, and a calendar edit's recompute runs after that too).
 */
const CACHE_MS = 5000;

/** SQL of the SLA plans and calendars, with a short-lived copy of each; every method runs in the caller's transaction. */
@Injectable()
export class SlaPlanStore {
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

  /**
   * Writes the default plans and calendar where missing (an administrator's edits are kept). A default calendar no
   * administrator has edited (follows_shipped) takes this release's official schedule; answers its new version
   * when it changed, so that its open clocks are recomputed.
   */
  async ensureDefaults(m: EntityManager): Promise<{ calendarId: string; version: number } | undefined> {
    const cal = DEFAULT_BUSINESS_CALENDAR;
    await m.query(`INSERT INTO sla_calendar (id, definition, follows_shipped) VALUES ($1, $2, true) ON CONFLICT (id) DO NOTHING`, [cal.id, cal]);
    this.calendarCache.delete(cal.id);
    const [updated]: { version: number }[] = await m.query(
      `UPDATE sla_calendar SET definition = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND follows_shipped AND definition <> $2::jsonb RETURNING version`,
      [cal.id, cal],
    );
    for (const plan of DEFAULT_PLANS) {
      await m.query(`INSERT INTO sla_plan (code, name, definition) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [plan.code, plan.name, plan]);
    }
    return updated ? { calendarId: cal.id, version: updated.version } : undefined;
  }

  async plans(m: EntityManager): Promise<(SlaPlan & { version: number; updatedAt: Date })[]> {
    const rows: { definition: SlaPlan; version: number; updated_at: Date }[] = await m.query(`SELECT definition, version, updated_at FROM sla_plan ORDER BY code`);
    return rows.map((r) => ({ ...r.definition, engineerResponse: engineerResponseOf(r.definition), version: r.version, updatedAt: r.updated_at }));
  }

  async plan(m: EntityManager, code: string): Promise<SlaPlan | undefined> {
    const [row] = await m.query(`SELECT definition FROM sla_plan WHERE code = $1`, [code]);
    return row ? { ...row.definition, engineerResponse: engineerResponseOf(row.definition) } : undefined;
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
       ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, version = sla_calendar.version + 1, updated_at = now(), follows_shipped = false
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

  /** The calendars of these clocks, resolved up front so that the clock arithmetic runs without I/O. */
  async calendarsOf(m: EntityManager, clocks: readonly SlaClock[]): Promise<CalendarOf> {
    const found = new Map<SlaClock, BusinessCalendar>();
    for (const c of clocks) found.set(c, await this.calendarFor(m, c.calendarId, c.definition.calendar, c.timeZone));
    return (c) => {
      const calendar = found.get(c);
      if (!calendar) throw new Error(`no calendar resolved for the ${c.clock} clock of case ${c.caseId}`);
      return calendar;
    };
  }
}
