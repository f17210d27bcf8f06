/** The directory's plain rules (R-SLA-7: roles resolve to people who hold them at the time of the notice). */

/** dingtalk, wecom: the team's DingTalk or WeCom (企业微信) group robot, @-mentioning the person by their mobile number. */
export const CHANNELS = ['email', 'sms', 'in-app', 'dingtalk', 'wecom'] as const;
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
 * ones. `orgUnit: null` (the case's branch is not known): the platform-wide ones.
 */
export function holdersOf(holdings: readonly RoleHolding[], role: string, orgUnit: string | null, at: Date): string[] {
  const current = holdings.filter((h) => h.role === role && holdsAt(h, at));
  const branch = orgUnit === null ? [] : current.filter((h) => h.orgUnit === orgUnit);
  const chosen = branch.length > 0 ? branch : current.filter((h) => h.orgUnit === null);
  return [...new Set(chosen.map((h) => h.personId))].sort();
}

/** What the directory knows of where a case belongs. */
export interface CaseWhereabouts {
  /** The region of the case's site (intake's dispatch request). */
  region: string | null;
  /** The home unit of the engineer assigned to it last (dispatch). */
  engineerOrgUnit: string | null;
}

/**
 * The branch of a case (R-SLA-7: "the response-center manager of the case's branch"): the branch covering the
 * region of its site (the first by code if several do), else the home unit of its engineer, else not known (null).
 * The site decides before the engineer, since a neighbouring branch's engineer may help out (R-DS-3).
 */
export function branchOfCase(where: CaseWhereabouts, units: readonly { code: string; kind: string; regions: readonly string[] }[]): string | null {
  if (where.region) {
    const covering = units.filter((u) => u.kind === 'branch' && u.regions.includes(where.region as string)).map((u) => u.code);
    if (covering.length > 0) return covering.sort()[0];
  }
  return where.engineerOrgUnit;
}

/** Roles that name the case's own engineer, not a roster: resolved to whoever dispatch assigned the case to. */
export const CASE_ENGINEER_ROLES: readonly string[] = ['engineer', 'assigned-engineer'];

/** `HH:mm` from 00:00 to 23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
