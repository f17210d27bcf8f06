/**
 * R-CP-5: a customer who has complained before is flagged, so that they are treated better next time. Intake shows
 * the customer's complaint standing on the customer and on every new case, and by configuration such a case gets one
 * priority level higher, or goes to the senior queue at its own priority (dispatch prefers a senior engineer for
 * it either way). Pure.
 */
export const COMPLAINANT_TREATMENTS = ['raise-priority', 'senior-queue', 'none'] as const;
export type ComplainantTreatment = (typeof COMPLAINANT_TREATMENTS)[number];

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export interface ComplaintStanding {
  complainedBefore: boolean;
  complaintCount: number;
  openComplaints: number;
  lastComplaintAt: string | null;
}

/** What a new case records of its customer's complaints. */
export interface CaseComplainant extends ComplaintStanding {
  treatment: ComplainantTreatment;
  /** The priority the case was opened with, when the treatment raised it. */
  priorityRaisedFrom: Priority | null;
}

const HIGHER: Record<Priority, Priority> = { P4: 'P3', P3: 'P2', P2: 'P1', P1: 'P1' };

/** One level up (P1 stays P1). */
export function oneLevelHigher(priority: Priority): Priority {
  return HIGHER[priority];
}

/** The new case's priority and flag: unchanged, and no flag, for a customer who never complained. */
export function complainantOnCase(standing: ComplaintStanding | null, priority: Priority, treatment: ComplainantTreatment): { priority: Priority; complainant: CaseComplainant | null } {
  if (!standing?.complainedBefore) return { priority, complainant: null };
  const raised = treatment === 'raise-priority' ? oneLevelHigher(priority) : priority;
  return {
    priority: raised,
    complainant: { ...standing, treatment, priorityRaisedFrom: raised !== priority ? priority : null },
  };
}
