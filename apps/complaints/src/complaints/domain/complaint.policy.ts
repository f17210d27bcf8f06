/** How a complaint is registered, judged and resolved (docs/domain.md R-CP-1, R-CP-3, R-CP-5, R-CP-6, R-SV-3). Pure. */

/** R-CP-1: phone, letter, in person, online, email; and survey answers with a low score (R-SV-3). */
export const COMPLAINT_SOURCES = ['phone', 'letter', 'in-person', 'online', 'email', 'survey'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
/** Sources staff register by hand; 'survey' complaints come only from survey answers. */
export const MANUAL_COMPLAINT_SOURCES = ['phone', 'letter', 'in-person', 'online', 'email'] as const;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** R-CP-3: the service-policy commitments a complaint can say were broken. */
export const BROKEN_COMMITMENTS = ['sla-breach', 'repeat-repair', 'free-or-paid-dispute', 'conduct', 'delivery', 'none'] as const;
export type BrokenCommitment = (typeof BROKEN_COMMITMENTS)[number];

/** What a complaint links as evidence: the case's clock ledger, the warranty decision, the work orders, the survey. */
export const EVIDENCE_KINDS = ['case-clock-ledger', 'warranty-decision', 'work-order', 'survey-response', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export interface Evidence {
  kind: EvidenceKind;
  ref: string;
  note?: string | null;
}

/** R-CP-6: the root causes recorded at resolution; product-quality ones go back to the technical center. */
export const ROOT_CAUSES = ['product-quality', 'service-conduct', 'process', 'parts', 'logistics'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const SUMMARY_MAX_LENGTH = 4000;

/** R-SV-3: a survey score at or below the threshold is a complaint to follow up (0 turns it off). */
export function surveyScoreOpensComplaint(score: number, threshold: number, followUps?: readonly string[]): boolean {
  // R-SV-3: when surveys says what the template's thresholds asked for, that decides; older answers use ours.
  if (followUps !== undefined) return followUps.includes('complaint');
  return score <= threshold;
}

export function surveyComplaintSummary(score: number, comment: string | null, surveyLink?: string): string {
  const text = comment?.trim();
  // The survey link first, so a long comment cannot cut it off.
  return `Survey score ${score}/5${surveyLink ? ` (${surveyLink})` : ''}${text ? `: ${text}` : ''}`.slice(0, SUMMARY_MAX_LENGTH);
}

/** The evidence each broken commitment must link to be judged (R-CP-3). */
const REQUIRED_EVIDENCE: Record<BrokenCommitment, readonly EvidenceKind[]> = {
  // The case's SLA clock ledger shows the target and when it was missed.
  'sla-breach': ['case-clock-ledger'],
  // The earlier work order on the same unit (R-DS-6).
  'repeat-repair': ['work-order'],
  // Warranty's decision says whether the service was free (R-WA-*).
  'free-or-paid-dispute': ['warranty-decision'],
  conduct: [],
  delivery: [],
  none: [],
};

export interface PolicyJudgement {
  commitment: BrokenCommitment;
  /** Which rule of the service policy the complaint is judged against. */
  rule: string;
  /** The evidence that backs it, as linked. */
  evidence: Evidence[];
}

const COMMITMENT_RULES: Record<BrokenCommitment, string> = {
  'sla-breach': 'R-SLA-1..3: response, diagnosis and resolution targets',
  'repeat-repair': 'R-DS-6: no repeat of the same fault within 3 months of a repair',
  'free-or-paid-dispute': 'R-WA-1..6: free service within warranty and contract',
  conduct: 'Service conduct of the staff and engineers',
  delivery: 'R-RMA-*: parts and returned goods delivered as promised',
  none: 'No particular commitment named',
};

export class EvidenceMissing extends Error {
  readonly code = 'COMPLAINTS.EVIDENCE_MISSING';
  constructor(
    readonly commitment: BrokenCommitment,
    readonly missing: readonly EvidenceKind[],
  ) {
    super(`A complaint of a broken ${commitment} commitment links ${missing.join(', ')} as evidence`);
  }
}

/** R-CP-3: judges the complaint against the service policy; the commitment named must have its evidence linked. */
export function judgeAgainstPolicy(commitment: BrokenCommitment, evidence: readonly Evidence[]): PolicyJudgement {
  const missing = REQUIRED_EVIDENCE[commitment].filter((kind) => !evidence.some((e) => e.kind === kind));
  if (missing.length) throw new EvidenceMissing(commitment, missing);
  const unique = evidence.filter((e, i) => evidence.findIndex((o) => o.kind === e.kind && o.ref === e.ref) === i);
  return { commitment, rule: COMMITMENT_RULES[commitment], evidence: unique };
}

export interface Compensation {
  amountMinor: number;
  serviceCreditMinor: number;
  currency: string;
  goods: string | null;
}

/** A compensation above the configured amount (money and service credit together) waits for a manager's approval. */
export function compensationNeedsApproval(compensation: Compensation | null, approvalAboveMinor: number): boolean {
  if (!compensation) return false;
  return compensation.amountMinor + compensation.serviceCreditMinor > approvalAboveMinor;
}

/** The first recorded step's note (R-CP-2: listen and write it down). */
export function registrationNote(source: ComplaintSource, dueAt: Date, complainedBefore: boolean): string {
  return [
    `Registered from ${source === 'survey' ? 'a survey answer' : `the ${source} channel`}`,
    `handling deadline ${dueAt.toISOString()}`,
    ...(complainedBefore ? ['the customer has complained before'] : []),
  ].join('; ');
}

/** R-CP-5: a customer's standing, from their complaints. */
export interface ComplaintStanding {
  complainedBefore: boolean;
  complaintCount: number;
  openComplaints: number;
  lastComplaintId: string | null;
  lastComplaintAt: Date | null;
}
