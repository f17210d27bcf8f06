/**
 * Automatic assignment (R-DS-3): eligible engineers by skill (fault type, product line, level), region coverage,
 * availability and free capacity, ranked by a score whose parts are kept with the assignment so a manager can see
 * why that engineer. A region without its own engineers is covered by a neighbouring branch or the repair center.
 * Pure: the caller loads the candidates and the organisation, this decides.
 */
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { LeavePeriod, availabilityAt } from '../../engineers/domain/engineer-availability';
import { OrgUnitRef, homeUnitCoverage } from '../../organisation/domain/org-tree';

export type { OrgUnitRef } from '../../organisation/domain/org-tree';

export interface Candidate {
  engineerId: string;
  /** Org unit code of the engineer's home (a branch, the repair center, the technical center). */
  homeBranch?: string;
  region: string;
  /** Extra regions the engineer serves besides the home region. */
  territories?: readonly string[];
  /** Fault types the engineer repairs (hardware, software, network, installation). */
  skills: readonly string[];
  /** Product-model prefixes the engineer is trained on; empty = every product. */
  productLines?: readonly string[];
  level?: number;
  expert?: boolean;
  openOrders: number;
  maxConcurrentOrders: number;
  leave?: readonly LeavePeriod[];
  /** Working calendar; null/absent = always available (7x24). */
  calendar?: BusinessCalendar | null;
}

export interface AssignmentNeed {
  skill: string | null;
  productModel?: string | null;
  region: string | null;
  priority?: string;
  minLevel?: number;
  /** Expert escalation: only experts, who serve every region from the technical center. */
  expert?: boolean;
  /** The moment of assignment. */
  at?: Date;
  /** The engineer must be working within this long from `at` (default 1 h: R-SLA-4, contact within 1 hour). */
  availabilityWindowMs?: number;
  /** Engineers never to pick (the silent engineer on an R-SLA-4 reassignment). */
  exclude?: readonly string[];
  /** R-CP-5: the customer has complained before: a more senior engineer is preferred. */
  complainant?: boolean;
}

export type CoverageKind = 'own-region' | 'territory' | 'neighbour-branch' | 'repair-center' | 'technical-center' | 'any-region';

export interface ScoreParts {
  skill: number;
  level: number;
  region: number;
  load: number;
  availability: number;
  /** R-CP-5: seniority preferred for a customer who complained before (present only when it counts). */
  complainant?: number;
}

export interface AssignmentScore {
  engineerId: string;
  total: number;
  parts: ScoreParts;
  coverage?: CoverageKind;
  reasons: string[];
}

export type RejectionReason = 'excluded' | 'missing-skill' | 'product-line' | 'level' | 'not-expert' | 'region-not-covered' | 'at-capacity' | 'on-leave' | 'off-duty';

export interface Ranking {
  ranked: AssignmentScore[];
  /** How many candidates were left out, by reason: what the queue event tells a manager. */
  rejections: Partial<Record<RejectionReason, number>>;
}

export const EXPERT_LEVEL = 4;
const HOUR_MS = 3_600_000;
const REGION_POINTS: Record<CoverageKind, number> = {
  'own-region': 30,
  territory: 25,
  'neighbour-branch': 15,
  'repair-center': 10,
  'technical-center': 10,
  'any-region': 0,
};

const CATEGORY_SKILL: Record<string, string> = {
  'fault-hardware': 'hardware',
  'fault-network': 'network',
  'fault-software': 'software',
  installation: 'installation',
  upgrade: 'software',
};

export function requiredSkill(category: string): string | null {
  return CATEGORY_SKILL[category] ?? null;
}

/** R-DS-3: which org units cover a region. */
export function coverageOf(c: Candidate, region: string | null, org: readonly OrgUnitRef[]): CoverageKind | null {
  if (region === null) return 'any-region';
  if (c.region === region) return 'own-region';
  if (c.territories?.includes(region)) return 'territory';
  return homeUnitCoverage(org, c.homeBranch, region);
}

export function coversProduct(productLines: readonly string[] | undefined, productModel: string | null | undefined): boolean {
  if (!productLines || productLines.length === 0 || !productModel) return true;
  const model = productModel.toUpperCase();
  return productLines.some((line) => model.startsWith(line.toUpperCase()));
}

/** Best first; rejected candidates are counted by reason. Ties go to the lower id (stable). */
export function rankCandidates(candidates: readonly Candidate[], need: AssignmentNeed, org: readonly OrgUnitRef[] = []): AssignmentScore[] {
  return rankWithRejections(candidates, need, org).ranked;
}

export function rankWithRejections(candidates: readonly Candidate[], need: AssignmentNeed, org: readonly OrgUnitRef[] = []): Ranking {
  const at = need.at ?? new Date();
  const windowMs = need.availabilityWindowMs ?? HOUR_MS;
  const minLevel = need.minLevel ?? 1;
  const rejections: Partial<Record<RejectionReason, number>> = {};
  const reject = (r: RejectionReason) => {
    rejections[r] = (rejections[r] ?? 0) + 1;
    return null;
  };
  const ranked: AssignmentScore[] = [];
  for (const c of candidates) {
    const score = scoreOne(c);
    if (score) ranked.push(score);
  }
  ranked.sort((a, b) => b.total - a.total || a.engineerId.localeCompare(b.engineerId));
  return { ranked, rejections };

  function scoreOne(c: Candidate): AssignmentScore | null {
    if (need.exclude?.includes(c.engineerId)) return reject('excluded');
    if (need.skill && !c.skills.includes(need.skill)) return reject('missing-skill');
    if (!coversProduct(c.productLines, need.productModel)) return reject('product-line');
    const level = c.level ?? 1;
    if (level < minLevel) return reject('level');
    const isExpert = c.expert === true || level >= EXPERT_LEVEL;
    if (need.expert && !isExpert) return reject('not-expert');
    const coverage = need.expert ? (coverageOf(c, need.region, org) ?? 'technical-center') : coverageOf(c, need.region, org);
    if (!coverage) return reject('region-not-covered');
    const availability = availabilityAt(c, at, windowMs);
    if (!availability.available) return reject(availability.reason);
    const { availableAt, waitMs } = availability;

    const urgent = need.priority === 'P1' || need.priority === 'P2';
    const parts: ScoreParts = {
      skill: need.skill ? 40 : 0,
      // Urgent orders prefer seniority; routine ones do not spend it.
      level: urgent ? Math.min(10, 5 * (level - minLevel)) : 0,
      region: REGION_POINTS[coverage],
      load: Math.round(20 * (1 - c.openOrders / c.maxConcurrentOrders)),
      availability: Math.round(10 * (1 - waitMs / windowMs)),
    };
    // R-CP-5: a customer who complained before gets the more senior engineer, whatever the priority.
    const seniority = need.complainant ? Math.min(10, 5 * (level - minLevel)) : 0;
    if (seniority > 0) parts.complainant = seniority;
    const reasons = [
      need.skill ? `has skill ${need.skill}` : 'no particular skill needed',
      coverageReason(c, coverage, need.region),
      `${c.openOrders}/${c.maxConcurrentOrders} open orders`,
      waitMs <= 0 ? 'working now' : `working from ${availableAt.toISOString()}`,
    ];
    if (need.productModel && c.productLines?.length) reasons.push(`trained on ${need.productModel}`);
    if (parts.level > 0) reasons.push(`level ${level} for a ${need.priority} order`);
    if (seniority > 0) reasons.push(`level ${level} for a customer who complained before (R-CP-5)`);
    if (need.expert) reasons.push('expert escalation');
    const total = parts.skill + parts.level + parts.region + parts.load + parts.availability + seniority;
    return { engineerId: c.engineerId, total, parts, coverage, reasons };
  }
}

function coverageReason(c: Candidate, coverage: CoverageKind, region: string | null): string {
  switch (coverage) {
    case 'own-region':
      return `works in region ${c.region}`;
    case 'territory':
      return `serves region ${region} as a territory`;
    case 'neighbour-branch':
      return `covers region ${region} from neighbouring branch ${c.homeBranch}`;
    case 'repair-center':
      return `covers region ${region} from the repair center ${c.homeBranch}`;
    case 'technical-center':
      return `technical expert serving every region`;
    case 'any-region':
      return 'site region unknown: any region';
  }
}
