/**
 * An on-site visit (R-DS-4, R-DS-5, R-DS-8): arrival, diagnosis, repair plan, work log, parts used with the
 * customer's consent, tests after the repair, quality inspection, the customer's sign-off, and either completion or
 * an incomplete end that records why, the next visit and any standby unit lent. Pure state transitions over plain data.
 */
export type VisitStatus = 'on-site' | 'completed' | 'incomplete';

export interface PartLine {
  partNumber: string;
  quantity: number;
}

export interface RepairPlan {
  steps: string[];
  materials: PartLine[];
  manpower: number;
  estimatedHours: number;
}

export interface TestResult {
  name: string;
  passed: boolean;
  detail?: string;
  at: string;
}

export interface QualityCheck {
  passed: boolean;
  inspector: string;
  note?: string;
  at: string;
}

export interface SignOff {
  customerName: string;
  signedAt: string;
  signatureBytes: number;
  signatureSha256: string;
}

export interface StandbyUnit {
  serialNumber: string;
  productModel: string;
  lentAt: string;
}

export interface IncompleteEnd {
  reasonCode: 'awaiting-parts' | 'needs-expert' | 'customer-unavailable' | 'out-of-time' | 'other';
  reason: string;
  nextVisitAt: string;
  standbyUnit: StandbyUnit | null;
}

export interface Visit {
  status: VisitStatus;
  arrivedAt: string;
  diagnosis: string | null;
  repairPlan: RepairPlan | null;
  workLog: { at: string; note: string }[];
  partsUsed: PartLine[];
  partsConsent: { customerName: string; consentedAt: string } | null;
  testResults: TestResult[];
  qualityCheck: QualityCheck | null;
  signOff: SignOff | null;
  resolution: string | null;
  incomplete: IncompleteEnd | null;
  endedAt: string | null;
}

export class VisitRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const refuse = (code: string, message: string): never => {
  throw new VisitRuleViolation(`DISPATCH.${code}`, message);
};

export function arrive(at: string): Visit {
  return {
    status: 'on-site',
    arrivedAt: at,
    diagnosis: null,
    repairPlan: null,
    workLog: [],
    partsUsed: [],
    partsConsent: null,
    testResults: [],
    qualityCheck: null,
    signOff: null,
    resolution: null,
    incomplete: null,
    endedAt: null,
  };
}

function onSite(v: Visit): void {
  if (v.status !== 'on-site') refuse('VISIT_ENDED', `The visit is ${v.status}: nothing more can be recorded on it`);
}

/** R-DS-8 step 1: fault diagnosis. */
export function diagnose(v: Visit, diagnosis: string): Visit {
  onSite(v);
  return { ...v, diagnosis };
}

/** R-DS-8 step 2: a repair plan (materials, manpower, time estimate), after the diagnosis. */
export function planRepair(v: Visit, plan: RepairPlan): Visit {
  onSite(v);
  if (!v.diagnosis) refuse('DIAGNOSIS_FIRST', 'Record the diagnosis before the repair plan (R-DS-8)');
  return { ...v, repairPlan: plan };
}

/** R-DS-8 step 3: execution, with a repair log. */
export function logWork(v: Visit, at: string, note: string): Visit {
  onSite(v);
  return { ...v, workLog: [...v.workLog, { at, note }] };
}

/** R-DS-4: parts replaced only with the customer's consent. Replaces the visit's list of parts used. */
export function useParts(v: Visit, parts: PartLine[], consent: { customerName: string; consentedAt: string } | null): Visit {
  onSite(v);
  if (parts.length > 0 && !consent) refuse('PARTS_CONSENT_REQUIRED', 'Parts are replaced only with the customer’s consent (R-DS-4)');
  if (consent && Date.parse(consent.consentedAt) < Date.parse(v.arrivedAt)) refuse('CONSENT_BEFORE_ARRIVAL', 'The consent cannot predate the arrival');
  return { ...v, partsUsed: mergeParts(parts), partsConsent: parts.length > 0 ? consent : null };
}

/** R-DS-4: tests after the repair. */
export function recordTests(v: Visit, results: TestResult[]): Visit {
  onSite(v);
  if (!v.diagnosis) refuse('DIAGNOSIS_FIRST', 'Record the diagnosis before testing the repair');
  return { ...v, testResults: [...v.testResults, ...results], qualityCheck: null, signOff: null };
}

/** R-DS-8 step 4: quality inspection of the tested repair. A new test result invalidates an earlier inspection. */
export function inspectQuality(v: Visit, check: QualityCheck): Visit {
  onSite(v);
  if (v.testResults.length === 0) refuse('TESTS_FIRST', 'Record the tests after the repair before the quality inspection (R-DS-8)');
  if (check.passed && v.testResults.some((t) => !t.passed)) refuse('FAILED_TESTS', 'A quality inspection cannot pass while a test failed');
  return { ...v, qualityCheck: check, signOff: null };
}

/** R-DS-4, R-DS-8 step 5: the customer signs off a repair that passed the inspection. */
export function signOff(v: Visit, s: SignOff): Visit {
  onSite(v);
  if (!v.qualityCheck?.passed) refuse('QUALITY_CHECK_FIRST', 'The customer signs off only after a passed quality inspection (R-DS-8)');
  if (Date.parse(s.signedAt) < Date.parse(v.arrivedAt)) refuse('SIGNED_BEFORE_ARRIVAL', 'The sign-off cannot predate the arrival');
  return { ...v, signOff: s };
}

/** The work order is done on this visit: only once signed off. */
export function completeVisit(v: Visit, resolution: string, at: string): Visit {
  onSite(v);
  if (!v.signOff) refuse('SIGN_OFF_REQUIRED', 'An on-site repair is completed only with the customer’s sign-off (R-DS-4)');
  return { ...v, status: 'completed', resolution, endedAt: at };
}

/**
 * R-DS-4, R-DS-5: a visit not completed records why and when the next visit is; for a machine waiting for parts the
 * customer may get a standby unit.
 */
export function endIncomplete(v: Visit, end: Omit<IncompleteEnd, 'standbyUnit'> & { standbyUnit: Omit<StandbyUnit, 'lentAt'> | null }, at: string): Visit {
  onSite(v);
  if (Date.parse(end.nextVisitAt) <= Date.parse(at)) refuse('NEXT_VISIT_IN_PAST', 'The next visit must be agreed for a later time');
  const standbyUnit = end.standbyUnit ? { ...end.standbyUnit, lentAt: at } : null;
  return { ...v, status: 'incomplete', incomplete: { ...end, standbyUnit }, endedAt: at };
}

/** The same part twice on one visit counts once with the sum. */
export function mergeParts(parts: readonly PartLine[]): PartLine[] {
  const byPart = new Map<string, number>();
  for (const p of parts) byPart.set(p.partNumber, (byPart.get(p.partNumber) ?? 0) + p.quantity);
  return [...byPart].map(([partNumber, quantity]) => ({ partNumber, quantity }));
}
