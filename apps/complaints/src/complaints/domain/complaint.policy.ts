/** How a complaint is opened and followed (docs/domain.md R-CP-1, R-CP-2, R-CP-4, R-CP-5, R-SV-3). Pure. */
import { ComplaintStatus, isUnsolved } from './complaint-lifecycle';

/** R-CP-1: phone, letter, in person, online; and survey answers with a low score (R-SV-3). */
export const COMPLAINT_SOURCES = ['phone', 'letter', 'in-person', 'online', 'survey'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
/** Sources staff register by hand; 'survey' complaints come only from survey answers. */
export const MANUAL_COMPLAINT_SOURCES = ['phone', 'letter', 'in-person', 'online'] as const;

export const SUMMARY_MAX_LENGTH = 4000;

/** R-SV-3: a survey score at or below the threshold is a complaint to follow up (0 turns it off). */
export function surveyScoreOpensComplaint(score: number, threshold: number, followUps?: readonly string[]): boolean {
  // R-SV-3: when surveys says what the template's thresholds asked for, that decides; older answers use ours.
  if (followUps !== undefined) return followUps.includes('complaint');
  return score <= threshold;
}

/** R-CP-4: the committed handling deadline of a complaint not solved at once. */
export function handlingDeadline(openedAt: Date, hours: number): Date {
  return new Date(openedAt.getTime() + hours * 3_600_000);
}

/** R-CP-4: past its deadline and still unsolved, a complaint is due for escalation to management. */
export function isOverdue(complaint: { status: ComplaintStatus; dueAt: Date }, now: Date): boolean {
  return isUnsolved(complaint.status) && now.getTime() > complaint.dueAt.getTime();
}

export function surveyComplaintSummary(score: number, comment: string | null, surveyLink?: string): string {
  const text = comment?.trim();
  // The survey link first, so a long comment cannot cut it off.
  return `Survey score ${score}/5${surveyLink ? ` (${surveyLink})` : ''}${text ? `: ${text}` : ''}`.slice(0, SUMMARY_MAX_LENGTH);
}

export interface ComplaintRegistration {
  customerId: string;
  caseIds: readonly string[];
  source: ComplaintSource;
  summary: string;
  /** user:<subject> or system:<service>. */
  actor: string;
  /** R-CP-5: the customer has an earlier complaint. */
  complainedBefore: boolean;
}

export interface OpenedComplaint {
  customerId: string;
  caseIds: string[];
  source: ComplaintSource;
  summary: string;
  status: ComplaintStatus;
  dueAt: Date;
  openedAt: Date;
  repeatComplainant: boolean;
  version: number;
  /** R-CP-2: listening and recording is the first step, and it is recorded. */
  firstStep: { actor: string; kind: 'registered'; note: string; at: Date };
}

/** A new complaint: open, with its committed deadline (R-CP-4) and its first handling step (R-CP-2). */
export function openComplaint(registration: ComplaintRegistration, rules: { now: Date; deadlineHours: number }): OpenedComplaint {
  const dueAt = handlingDeadline(rules.now, rules.deadlineHours);
  const note = [
    `Registered from ${registration.source === 'survey' ? 'a survey answer' : `the ${registration.source} channel`}`,
    `handling deadline ${dueAt.toISOString()}`,
    ...(registration.complainedBefore ? ['the customer has complained before'] : []),
  ].join('; ');
  return {
    customerId: registration.customerId,
    caseIds: [...new Set(registration.caseIds)],
    source: registration.source,
    summary: registration.summary,
    status: 'open',
    dueAt,
    openedAt: rules.now,
    repeatComplainant: registration.complainedBefore,
    version: 1,
    firstStep: { actor: registration.actor, kind: 'registered', note, at: rules.now },
  };
}
