/** The directory's plain rules (R-SLA-7: roles resolve to people who hold them at the time of the notice). */

/** dingtalk: the team's DingTalk group robot, @-mentioning the person by their mobile number. */
export const CHANNELS = ['email', 'sms', 'in-app', 'dingtalk'] as const;
export type Channel = (typeof CHANNELS)[number];
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A role holding, e.g. the response-center manager of branch sh-01 for the week of the on-call roster. */
export interface RoleHolding {
  role: string;
  /** null: platform-wide (holds the role for every branch). */
  orgUnit: string | null;
  personId: string;
  validFrom: Date;
  validUntil: Date | null;
}

/** Holds at `at`: from validFrom inclusive to validUntil exclusive (open-ended when null). */
export function holdsAt(h: Pick<RoleHolding, 'validFrom' | 'validUntil'>, at: Date): boolean {
  return h.validFrom.getTime() <= at.getTime() && (h.validUntil === null || at.getTime() < h.validUntil.getTime());
}

/**
 * Who is told for a role at a time in a branch: the branch's own holders if any hold it then, else the platform-wide
 * ones. Events do not name a branch yet, so callers pass `orgUnit: null` (docs/notifications.md, "Not done yet").
 */
export function holdersOf(holdings: readonly RoleHolding[], role: string, orgUnit: string | null, at: Date): string[] {
  const current = holdings.filter((h) => h.role === role && holdsAt(h, at));
  const branch = orgUnit === null ? [] : current.filter((h) => h.orgUnit === orgUnit);
  const chosen = branch.length > 0 ? branch : current.filter((h) => h.orgUnit === null);
  return [...new Set(chosen.map((h) => h.personId))].sort();
}

/** `HH:mm` from 00:00 to 23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
