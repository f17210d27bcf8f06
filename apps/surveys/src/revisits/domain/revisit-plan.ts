/**
 * Revisit (回访) plans as versioned data and the dates they give (R-SV-2): after a service, N days after closure
 * by category; for customers under contract, monthly or quarterly as the contract's SLA plan says. Every due date
 * is a working day on the business calendar (holidays and weekends move to the next working day, a 调休 Saturday
 * counts). Pure.
 */
import { DateTime } from 'luxon';
import { BusinessCalendar, addWorkingDays, chinaOfficialSchedule, weekdays } from '@aftersales/platform-calendar';

export const REVISIT_KINDS = ['after-service', 'contract-periodic'] as const;
export type RevisitKind = (typeof REVISIT_KINDS)[number];
export const REVISIT_STATUSES = ['scheduled', 'completed', 'unreachable'] as const;
export type RevisitStatus = (typeof REVISIT_STATUSES)[number];
export const PERIODS = ['monthly', 'quarterly'] as const;
export type Period = (typeof PERIODS)[number];

interface RetryRules {
  /** Attempts in all before an unreached customer is given up (1: no retry). */
  maxAttempts: number;
  /** An unreached customer is tried again this many working days later. */
  retryAfterWorkingDays: number;
  active: boolean;
}

export interface AfterServicePlan extends RetryRules {
  kind: 'after-service';
  /** The case categories it follows; null: every category. */
  categories: string[] | null;
  /** Calendar days after closure; the due date is that day or the next working day. */
  afterDays: number;
}

export interface ContractPeriodicPlan extends RetryRules {
  kind: 'contract-periodic';
  /** The SLA plans of the contracts it covers; null: every contract. */
  slaPlanCodes: string[] | null;
  every: Period;
}

export type RevisitPlanDefinition = AfterServicePlan | ContractPeriodicPlan;

export interface StoredPlan<P extends RevisitPlanDefinition = RevisitPlanDefinition> {
  code: string;
  version: number;
  definition: P;
}

/** The calendar revisits and call-backs fall due on: Mon-Fri 09:00-18:00, mainland China holidays and 调休 days. */
export function revisitCalendar(timeZone: string): BusinessCalendar {
  return weekdays('revisits', timeZone, [{ start: '09:00', end: '18:00' }], chinaOfficialSchedule());
}

/** The local date `on`, or the next working day when it is not one. */
export function workingDayOnOrAfter(cal: BusinessCalendar, on: string): string {
  return addWorkingDays(cal, DateTime.fromISO(on, { zone: cal.timeZone }).set({ hour: 12 }).toJSDate(), 0);
}

/** The working day `n` working days after the local date of `from`. */
export function workingDaysAfter(cal: BusinessCalendar, from: Date, n: number): string {
  return addWorkingDays(cal, from, n);
}

function mostSpecific<P extends RevisitPlanDefinition>(plans: StoredPlan<P>[], specific: (p: P) => boolean): StoredPlan<P> | null {
  const sorted = [...plans].sort((a, b) => Number(specific(b.definition)) - Number(specific(a.definition)) || a.code.localeCompare(b.code));
  return sorted[0] ?? null;
}

/** The after-service plan for a closed case of this category: one that names the category before one for all. */
export function afterServicePlanFor(latest: readonly StoredPlan[], category: string): StoredPlan<AfterServicePlan> | null {
  const matching = latest.filter(
    (p): p is StoredPlan<AfterServicePlan> => p.definition.kind === 'after-service' && p.definition.active && (p.definition.categories === null || p.definition.categories.includes(category)),
  );
  return mostSpecific(matching, (d) => d.categories !== null);
}

/** The periodic plan of a contract with this SLA plan: one that names it before one for every contract. */
export function contractPlanFor(latest: readonly StoredPlan[], slaPlanCode: string | null): StoredPlan<ContractPeriodicPlan> | null {
  const matching = latest.filter(
    (p): p is StoredPlan<ContractPeriodicPlan> =>
      p.definition.kind === 'contract-periodic' && p.definition.active && (p.definition.slaPlanCodes === null || (slaPlanCode !== null && p.definition.slaPlanCodes.includes(slaPlanCode))),
  );
  return mostSpecific(matching, (d) => d.slaPlanCodes !== null);
}

/** The planned (not yet moved) date of an after-service revisit: afterDays calendar days after the local closure date. */
export function afterServicePlannedOn(plan: AfterServicePlan, closedAt: Date, timeZone: string): string {
  return DateTime.fromJSDate(closedAt, { zone: timeZone }).startOf('day').plus({ days: plan.afterDays }).toISODate() as string;
}

/** The next planned date of a periodic revisit, one period after `from` (a local date). */
export function nextPeriodicPlannedOn(every: Period, from: string): string {
  return DateTime.fromISO(from).plus({ months: every === 'monthly' ? 1 : 3 }).toISODate() as string;
}

export interface AttemptDecision {
  status: RevisitStatus;
  attempts: number;
  /** The next attempt's working day; null when given up. */
  retryOn: string | null;
}

/** R-SV-2: an unreached customer is retried as the plan says, then the revisit is given up as unreachable. */
export function decideUnreached(plan: RetryRules, attemptsSoFar: number, cal: BusinessCalendar, now: Date): AttemptDecision {
  const attempts = attemptsSoFar + 1;
  if (attempts >= plan.maxAttempts) return { status: 'unreachable', attempts, retryOn: null };
  return { status: 'scheduled', attempts, retryOn: workingDaysAfter(cal, now, plan.retryAfterWorkingDays) };
}

/** Problems of a plan definition; empty when it can be stored. */
export function validatePlan(def: RevisitPlanDefinition): string[] {
  const problems: string[] = [];
  if (def.maxAttempts < 1) problems.push('maxAttempts must be at least 1');
  if (def.retryAfterWorkingDays < 1) problems.push('retryAfterWorkingDays must be at least 1');
  if (def.kind === 'after-service' && def.categories !== null && def.categories.length === 0) problems.push('categories: name at least one, or null for every category');
  if (def.kind === 'contract-periodic' && def.slaPlanCodes !== null && def.slaPlanCodes.length === 0) problems.push('slaPlanCodes: name at least one, or null for every contract');
  return problems;
}

/** Whether a periodic revisit planned on `plannedOn` is still inside the contract (ends on `endsOn`, inclusive). */
export function withinContract(plannedOn: string, endsOn: string | null): boolean {
  return endsOn === null || plannedOn <= endsOn;
}
