import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BusinessCalendar, validateCalendar } from '@aftersales/platform-calendar';
import { DomainError } from '@aftersales/platform-service-defaults';
import { Clock, DueTimer, DurableTimers, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { SlaPlan } from './domain/sla-plan';
import { SlaStore } from './infrastructure/sla.store';
import { SlaService } from './sla.service';

export const CALENDAR_RECOMPUTE_TIMER = 'sla-calendar-recompute';
const BATCH = 200;

/**
 * Plans and calendars as data (issue #3). A plan edit applies to the clocks started after it (a running clock
 * keeps the definition it started under, so a deadline never moves because someone edited a template); a
 * calendar edit recomputes every open clock on that calendar, in durable batches.
 */
@Injectable()
export class SlaAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SlaStore,
    private readonly sla: SlaService,
    private readonly timers: DurableTimers,
    private readonly clock: Clock,
  ) {}

  async putPlan(code: string, body: Omit<SlaPlan, 'code'>): Promise<SlaPlan & { version: number }> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.store.calendar(m, body.calendarId))) {
        throw new DomainError('INTAKE.SLA_CALENDAR_UNKNOWN', `No calendar ${body.calendarId}: create it first (PUT /v1/sla/calendars/${body.calendarId})`, 422);
      }
      const plan: SlaPlan = { ...body, code };
      const version = await this.store.savePlan(m, plan);
      return { ...plan, version };
    });
  }

  async putCalendar(id: string, body: Omit<BusinessCalendar, 'id'>): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    const calendar: BusinessCalendar = { ...body, id };
    const problems = validateCalendar(calendar);
    if (problems.length > 0) {
      throw new DomainError('INTAKE.SLA_CALENDAR_INVALID', `Calendar ${id} is not valid: ${problems.join('; ')}`, 422, { problems });
    }
    return this.dataSource.transaction(async (m) => {
      const version = await this.store.saveCalendar(m, calendar);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM sla_clock WHERE calendar_id = $1 AND stopped_at IS NULL`, [id]);
      if (n > 0) {
        await this.timers.schedule(m, { key: `sla-calendar:${id}:v${version}:start`, kind: CALENDAR_RECOMPUTE_TIMER, fireAt: this.clock.now(), payload: { calendarId: id, version, after: null } });
      }
      return { ...calendar, version, openClocksToRecompute: n };
    });
  }

  /** One batch of the open cases on an edited calendar; the next batch is a timer of its own, so a restart resumes. */
  @OnTimer(CALENDAR_RECOMPUTE_TIMER)
  async recomputeBatch(timer: DueTimer, { manager: m, now }: TimerContext): Promise<void> {
    const { calendarId, version, after } = timer.payload as { calendarId: string; version: number; after: string | null };
    const rows: { case_id: string }[] = await m.query(
      `SELECT DISTINCT case_id FROM sla_clock WHERE calendar_id = $1 AND stopped_at IS NULL AND ($2::uuid IS NULL OR case_id > $2::uuid) ORDER BY case_id LIMIT $3`,
      [calendarId, after, BATCH],
    );
    for (const { case_id: caseId } of rows) {
      const clocks = await this.store.clocks(m, caseId, true);
      await this.store.appendLedger(
        m,
        caseId,
        clocks.filter((c) => !c.stoppedAt).map((c) => ({ clock: c.clock, at: now, kind: 'recomputed', rule: `calendar ${calendarId} changed (version ${version})`, detail: { reason: 'calendar-changed', calendarId, version } })),
      );
      await this.sla.recompute(m, caseId, now);
    }
    if (rows.length === BATCH) {
      const last = rows[rows.length - 1].case_id;
      await this.timers.schedule(m, { key: `sla-calendar:${calendarId}:v${version}:${last}`, kind: CALENDAR_RECOMPUTE_TIMER, fireAt: now, payload: { calendarId, version, after: last } });
    }
  }
}
