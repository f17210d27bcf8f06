/** Case statuses and the transitions allowed between them (R-IN-7; issue #3 "lifecycle"). Pure. */
export const CASE_STATUSES = [
  'new',
  'acknowledged',
  'in-progress',
  'waiting-on-customer',
  'waiting-on-parts',
  'resolved',
  'closed',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['acknowledged', 'in-progress', 'waiting-on-customer', 'resolved'],
  acknowledged: ['in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved'],
  'in-progress': ['waiting-on-customer', 'waiting-on-parts', 'resolved'],
  'waiting-on-customer': ['in-progress', 'resolved'],
  'waiting-on-parts': ['in-progress', 'resolved'],
  // The customer confirms (closed) or rejects the resolution (back in progress). R-IN-7
  resolved: ['closed', 'in-progress'],
  // A closed case reopens within a configurable window (R-IN-7); the window is checked by the caller.
  closed: ['reopened'],
  reopened: ['acknowledged', 'in-progress', 'resolved'],
};

export class IllegalCaseTransition extends Error {
  readonly code = 'INTAKE.ILLEGAL_TRANSITION';
  constructor(
    readonly from: CaseStatus,
    readonly to: CaseStatus,
    readonly allowed: readonly CaseStatus[],
  ) {
    super(`A ${from} case cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`);
  }
}

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function transition(from: CaseStatus, to: CaseStatus): CaseStatus {
  if (!TRANSITIONS[from].includes(to)) throw new IllegalCaseTransition(from, to, TRANSITIONS[from]);
  return to;
}

/** The statuses in which warranty's decision may still start the work; later, the work is already under way or done. */
const AWAITING_ENTITLEMENT: readonly CaseStatus[] = ['new', 'acknowledged', 'reopened'];

/**
 * Where a case goes when warranty's decision is recorded: acknowledged, and in progress when field work is
 * requested for it (R-IN-7 lifecycle, R-DS-1). A late decision for a case already being worked changes nothing.
 */
export function afterEntitlement(from: CaseStatus, needsFieldWork: boolean): { status: CaseStatus; requestDispatch: boolean } {
  if (!AWAITING_ENTITLEMENT.includes(from)) return { status: from, requestDispatch: false };
  const acknowledged = from === 'new' ? transition(from, 'acknowledged') : from;
  if (!needsFieldWork) return { status: acknowledged, requestDispatch: false };
  return { status: transition(acknowledged, 'in-progress'), requestDispatch: true };
}
