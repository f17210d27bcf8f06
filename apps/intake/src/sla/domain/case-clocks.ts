import { BusinessCalendar } from '@aftersales/platform-calendar';
import { StatusPause, clockState, escalationSchedule } from './sla-clock';
import { ClockDefinition, Priority, SlaPlan, targetMinutes } from './sla-plan';
import { nextRung } from './escalation-ladder.policy';

/** One clock of a case as stored: the definition it started under, its start, stop and current deadline. */
export interface SlaClock {
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

/** A stretch that holds clocks: a status pause of the whole case, or one clock's own (the time a reopened case was resolved). */
export interface SlaPause extends StatusPause {
  id: string;
  /** Null: every clock of the case that pauses on the status. */
  clock: string | null;
}

/** One line of a clock's append-only ledger (started, paused, met, escalated, ...). */
export interface LedgerEntry {
  clock: string;
  at: Date;
  kind: string;
  rule: string;
  detail?: Record<string, unknown>;
}

/** What the case itself says when its clocks change: its status after the change and the channel it came in by. */
export interface CaseFacts {
  status: string;
  channel: string;
}

/** The pending timer a clock should have after a recompute: its next rung, or none (then every rung is cancelled). */
export interface RungPlan {
  clock: string;
  steps: number;
  next: { step: number; fireAt: Date } | null;
}

/** What `stoppedBy` says of a clock a plan change took away: withdrawn, never met (issue #15). */
export const WITHDRAWN_BY: readonly string[] = ['plan-changed', 'priority-changed', 'reclassified'];

/** A clock a plan or priority change took away: shown and counted as withdrawn, never as met. */
export function isWithdrawn(c: Pick<SlaClock, 'stoppedBy'>): boolean {
  return c.stoppedBy !== null && WITHDRAWN_BY.includes(c.stoppedBy);
}

/** The calendar a clock runs on, resolved before the pure arithmetic runs. */
export type CalendarOf = (clock: SlaClock) => BusinessCalendar;

/** The pauses that hold one clock: the case's status pauses on the clock's statuses, and the clock's own. */
export function pausesFor(row: Pick<SlaClock, 'clock' | 'definition'>, pauses: readonly SlaPause[]): StatusPause[] {
  return pauses.filter((p) => (p.clock === null ? row.definition.pauseOn.includes(p.status) : p.clock === row.clock));
}

const byStart = <T extends { startedAt: Date; clock: string }>(a: T, b: T) => a.startedAt.getTime() - b.startedAt.getTime() || (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0);
const pauseOrder = (a: SlaPause, b: SlaPause) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The clocks of one case, loaded once for a command and changed in memory: every rule of what changes a clock
 * (docs/sla.md) is a method here, pure over plain data. It records what changed (clocks added and updated, pauses
 * opened and ended, ledger lines, the timer each clock needs) so that the store writes it all once, at the end.
 */
export class CaseClocks {
  readonly ledger: LedgerEntry[] = [];
  readonly added: SlaClock[] = [];
  readonly openedPauses: SlaPause[] = [];
  readonly endedPauses: SlaPause[] = [];
  /** The timer each recomputed clock needs, by clock name: the last recompute wins. */
  readonly rungs = new Map<string, RungPlan>();
  private readonly updated = new Set<SlaClock>();

  constructor(
    readonly caseId: string,
    readonly clocks: SlaClock[],
    readonly pauses: SlaPause[],
    private readonly newId: () => string,
  ) {}

  /** The loaded clocks that changed (the added ones are written as new rows). */
  get changed(): SlaClock[] {
    return [...this.updated].filter((c) => !this.added.includes(c));
  }

  get dirty(): boolean {
    return this.updated.size > 0 || this.added.length > 0 || this.openedPauses.length > 0 || this.endedPauses.length > 0 || this.ledger.length > 0 || this.rungs.size > 0;
  }

  touch(c: SlaClock): void {
    this.updated.add(c);
  }

  /**
   * A status change: pauses or resumes clocks (R-SLA-6), restarts the clocks a reopened case had met (R-IN-7),
   * and meets the clocks the new status stops only when a person made it (`byPerson`): R-SLA-1 measures a person
   * answering the customer, so an automatic transition (warranty's decision, the auto-close sweep) never meets a
   * clock. Returns whether the clocks need a recompute.
   */
  statusChanged(from: string, to: string, at: Date, byPerson: boolean): boolean {
    if (from === to || this.clocks.length === 0) return false;
    const ended = this.endStatusPause(at);
    if (ended) {
      for (const c of this.clocks.filter((c) => !c.stoppedAt && c.definition.pauseOn.includes(ended))) {
        this.ledger.push({ clock: c.clock, at, kind: 'resumed', rule: 'R-SLA-6: the clock runs again', detail: { from: ended, to } });
      }
    }
    if (this.clocks.some((c) => c.definition.pauseOn.includes(to))) {
      this.openPause(to, at);
      for (const c of this.clocks.filter((c) => !c.stoppedAt && c.definition.pauseOn.includes(to))) {
        this.ledger.push({ clock: c.clock, at, kind: 'paused', rule: `R-SLA-6: paused while the case is ${to}`, detail: { status: to } });
      }
    }
    if (to === 'reopened') {
      // The time the case spent resolved or closed does not count: a paused stretch of the clock, then it runs on.
      for (const c of this.clocks.filter((c) => c.stoppedAt && ['resolved', 'closed'].includes(c.stoppedBy ?? ''))) {
        this.openPause(c.stoppedBy as string, c.stoppedAt as Date, c.clock, at);
        c.stoppedAt = null;
        c.stoppedBy = null;
        this.touch(c);
        this.ledger.push({ clock: c.clock, at, kind: 'restarted', rule: 'R-IN-7: a reopened case runs its clock on', detail: { from } });
      }
    }
    if (byPerson) this.stop(to, at);
    return true;
  }

  /** A status or milestone meets the running clocks that stop on it (late when past the deadline). */
  stop(by: string, at: Date): void {
    for (const c of this.clocks.filter((c) => !c.stoppedAt && c.definition.stopOn.includes(by))) {
      c.stoppedAt = at;
      c.stoppedBy = by;
      this.touch(c);
      const late = c.dueAt !== null && at > c.dueAt;
      this.ledger.push({ clock: c.clock, at, kind: late ? 'stopped-late' : 'met', rule: c.definition.rule, detail: { by, dueAt: c.dueAt?.toISOString() ?? null } });
    }
  }

  /**
   * Moves the case's clocks onto a plan's definitions for a priority, keeping each clock's start and pauses
   * (R-IN-5 priority change, R-SLA-1 contract plan). A clock the plan lacks is withdrawn; one it adds runs from the
   * case's opening, and is met only by what already met another clock of the case (the same status or milestone,
   * at the moment it happened): the case's status alone proves nothing, warranty's decision may have set it.
   */
  adopt(plan: SlaPlan, priority: Priority, facts: CaseFacts, at: Date, why: { reason: 'priority-changed' | 'plan-changed' | 'reclassified'; from: string; to: string }): void {
    const loaded = [...this.clocks];
    const defs: ClockDefinition[] = plan.clocks[priority] ?? [];
    const startedAt = loaded.reduce((min, c) => (c.startedAt < min ? c.startedAt : min), loaded[0].startedAt);
    for (const def of defs) {
      const existing = loaded.find((c) => c.clock === def.clock);
      // A clock that starts on an event of the case (R-SLA-1 remote request, on-site arrangement) waits for it.
      if (!existing && def.startOn) continue;
      const target = targetMinutes(def, existing?.channel ?? facts.channel);
      const previousTargetMinutes = existing?.targetMinutes ?? null;
      if (existing) {
        Object.assign(existing, { planCode: plan.code, priority, targetMinutes: target, calendarId: plan.calendarId, definition: def });
        this.touch(existing);
      } else {
        // R-SLA-1: met only by a stop a person already made on this case (an agent's acknowledgement, a reply, ...).
        const metBy = loaded.find((c) => c.stoppedAt && c.stoppedBy && !isWithdrawn(c) && def.stopOn.includes(c.stoppedBy));
        this.add({
          id: this.newId(),
          caseId: this.caseId,
          clock: def.clock,
          planCode: plan.code,
          priority,
          channel: facts.channel,
          targetMinutes: target,
          calendarId: plan.calendarId,
          timeZone: loaded[0].timeZone,
          definition: def,
          startedAt,
          stoppedAt: metBy?.stoppedAt ?? null,
          stoppedBy: metBy?.stoppedBy ?? null,
          dueAt: null, // set by the recompute that follows
          breachedAt: null,
          state: 'running',
          version: 1,
          firedSteps: [],
        });
      }
      this.ledger.push({ clock: def.clock, at, kind: 'recomputed', rule: def.rule, detail: { ...why, targetMinutes: target, previousTargetMinutes } });
    }
    for (const gone of loaded.filter((c) => !c.stoppedAt && !defs.some((d) => d.clock === c.clock))) {
      gone.stoppedAt = at;
      gone.stoppedBy = why.reason;
      this.touch(gone);
      this.ledger.push({ clock: gone.clock, at, kind: 'withdrawn', rule: `the ${plan.code} plan has no ${gone.clock} clock for ${priority}`, detail: why });
    }
  }

  /**
   * The case's plan clocks that start on this event (R-SLA-1: `remote-requested`, `on-site-requested`) start at `at`,
   * once: a clock of that name the case already has (running, met or withdrawn) is left as it is. Returns whether a
   * clock started (then the clocks need a recompute).
   */
  trigger(plan: SlaPlan, trigger: string, facts: CaseFacts, at: Date): boolean {
    const first = this.current();
    if (!first) return false;
    const priority = first.priority as Priority;
    let started = false;
    for (const def of (plan.clocks[priority] ?? []).filter((d) => d.startOn === trigger && !this.clocks.some((c) => c.clock === d.clock))) {
      const target = targetMinutes(def, facts.channel);
      this.add({
        id: this.newId(),
        caseId: this.caseId,
        clock: def.clock,
        planCode: plan.code,
        priority,
        channel: facts.channel,
        targetMinutes: target,
        calendarId: plan.calendarId,
        timeZone: first.timeZone,
        definition: def,
        startedAt: at,
        stoppedAt: null,
        stoppedBy: null,
        dueAt: null, // set by the recompute that follows
        breachedAt: null,
        state: 'running',
        version: 1,
        firedSteps: [],
      });
      this.ledger.push({ clock: def.clock, at, kind: 'started', rule: def.rule, detail: { plan: plan.code, priority, trigger, targetMinutes: target } });
      started = true;
    }
    return started;
  }

  /**
   * Every clock's state and deadline at `now` from the pure clock model, and the one timer it needs: its next rung,
   * none while it is stopped or paused past its deadline.
   */
  recompute(now: Date, calendarOf: CalendarOf): void {
    for (const c of this.clocks) {
      const calendar = calendarOf(c);
      const own = pausesFor(c, this.pauses);
      const state = clockState({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own, stoppedAt: c.stoppedAt, withdrawn: isWithdrawn(c), now });
      c.dueAt = state.dueAt;
      c.state = state.state;
      this.touch(c);
      const steps = c.definition.escalation.length;
      if (c.stoppedAt || state.dueAt === null) {
        this.rungs.set(c.clock, { clock: c.clock, steps, next: null });
        continue;
      }
      const schedule = escalationSchedule({ definition: c.definition, targetMinutes: c.targetMinutes, calendar, startedAt: c.startedAt, pauses: own });
      this.rungs.set(c.clock, { clock: c.clock, steps, next: nextRung(schedule, c.firedSteps) });
    }
  }

  /** The deadlines of the running clocks, for dispatch to plan the work inside them. */
  dueTimes(): { clock: string; dueAt: string; rule: string }[] {
    return this.clocks.filter((c) => !c.stoppedAt && c.dueAt).map((c) => ({ clock: c.clock, dueAt: (c.dueAt as Date).toISOString(), rule: c.definition.rule }));
  }

  /**
   * A clock that stands for the case's plan and priority now: one not withdrawn (a withdrawn clock keeps the plan and
   * priority it was withdrawn from), else the first.
   */
  current(): SlaClock | undefined {
    return this.clocks.find((c) => !isWithdrawn(c)) ?? this.clocks[0];
  }

  private add(c: SlaClock): void {
    this.clocks.push(c);
    this.clocks.sort(byStart);
    this.added.push(c);
    this.touch(c);
  }

  private openPause(status: string, start: Date, clock: string | null = null, end: Date | null = null): void {
    const pause: SlaPause = { id: this.newId(), clock, status, start, end };
    this.pauses.push(pause);
    this.pauses.sort(pauseOrder);
    this.openedPauses.push(pause);
  }

  /** Ends the case's open status pause (never before it began); returns its status when there was one. */
  private endStatusPause(at: Date): string | undefined {
    const open = this.pauses.filter((p) => p.clock === null && p.end === null);
    for (const p of open) {
      p.end = at > p.start ? at : p.start;
      if (!this.openedPauses.includes(p)) this.endedPauses.push(p);
    }
    return open[0]?.status;
  }
}
