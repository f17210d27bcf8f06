/** Complaint statuses and the transitions allowed between them (R-CP-2, R-CP-4). Pure. */
export const COMPLAINT_STATUSES = ['open', 'in-progress', 'resolved', 'closed', 'escalated'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

const TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  // Solved at once, handled against the committed deadline, or taken to management.
  open: ['in-progress', 'resolved', 'escalated'],
  'in-progress': ['resolved', 'escalated'],
  // R-CP-4: management takes over a complaint that missed its deadline, then it is worked again or resolved.
  escalated: ['in-progress', 'resolved'],
  // The complainant accepts the resolution (closed) or does not (back in progress).
  resolved: ['closed', 'in-progress'],
  closed: [],
};

export class IllegalComplaintTransition extends Error {
  readonly code = 'COMPLAINTS.ILLEGAL_TRANSITION';
  constructor(
    readonly from: ComplaintStatus,
    readonly to: ComplaintStatus,
    readonly allowed: readonly ComplaintStatus[],
  ) {
    super(`A ${from} complaint cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`);
  }
}

export function allowedTransitions(from: ComplaintStatus): readonly ComplaintStatus[] {
  return TRANSITIONS[from];
}

export function transition(from: ComplaintStatus, to: ComplaintStatus): ComplaintStatus {
  if (!TRANSITIONS[from].includes(to)) throw new IllegalComplaintTransition(from, to, TRANSITIONS[from]);
  return to;
}

/** Statuses in which the committed deadline still runs: the complaint is not solved yet. */
export function isUnsolved(status: ComplaintStatus): boolean {
  return status === 'open' || status === 'in-progress' || status === 'escalated';
}
