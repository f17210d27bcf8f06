/** Complaint statuses and the transitions allowed between them (R-CP-2, R-CP-4). Pure. */
export const COMPLAINT_STATUSES = ['registered', 'acknowledged', 'investigating', 'resolution-proposed', 'awaiting-customer', 'resolved', 'closed', 'reopened'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

const TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  // The officer confirms to the complainant that the complaint is in hand (the acknowledgement deadline, R-CP-4).
  registered: ['acknowledged'],
  acknowledged: ['investigating'],
  // R-CP-2: the causes are gone through, then the company states its principles and proposes a resolution.
  investigating: ['resolution-proposed'],
  // Put to the complainant, or taken back to investigate (a refused compensation approval does so too).
  'resolution-proposed': ['awaiting-customer', 'investigating'],
  // The complainant accepts (resolved) or rejects (reopened).
  'awaiting-customer': ['resolved', 'reopened'],
  resolved: ['closed', 'reopened'],
  closed: [],
  reopened: ['acknowledged', 'investigating'],
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

/** R-CP-4: the committed handling deadline runs until the complainant has accepted a resolution. */
export function isUnsolved(status: ComplaintStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}

/** R-CP-4: the acknowledgement deadline runs while nobody has acknowledged the complaint yet. */
export function awaitsAcknowledgement(status: ComplaintStatus): boolean {
  return status === 'registered';
}
