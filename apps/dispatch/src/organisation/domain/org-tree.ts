/**
 * The organisation (R-DS-3): call center, technical center, repair center and branches; a branch covers regions and
 * is helped out by its neighbouring branches, and the repair center covers any region. Pure.
 */
export const ORG_UNIT_KINDS = ['call-center', 'technical-center', 'repair-center', 'branch'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** The unit's response-center manager (R-SLA-7): who they are and how the notifier reaches them. */
export interface OrgUnitManager {
  userId: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface OrgUnitRef {
  code: string;
  kind: OrgUnitKind;
  /** Regions a branch covers. */
  regions: readonly string[];
  /** Codes of neighbouring branches that help out (R-DS-3). */
  neighbours: readonly string[];
}

/** The branches whose regions include `region`. */
export function branchesCovering(org: readonly OrgUnitRef[], region: string): OrgUnitRef[] {
  return org.filter((u) => u.kind === 'branch' && u.regions.includes(region));
}

/**
 * How an engineer's home unit covers a region outside their own: the repair center covers every region, a branch
 * the regions of the branches it neighbours (either side naming the other). Null: it does not.
 */
export function homeUnitCoverage(org: readonly OrgUnitRef[], homeCode: string | undefined, region: string): 'repair-center' | 'neighbour-branch' | null {
  const home = org.find((u) => u.code === homeCode);
  if (!home) return null;
  if (home.kind === 'repair-center') return 'repair-center';
  if (home.kind === 'branch' && branchesCovering(org, region).some((b) => b.neighbours.includes(home.code) || home.neighbours.includes(b.code))) return 'neighbour-branch';
  return null;
}

/** What a unit may declare (R-DS-3): only a branch covers regions, and no unit neighbours itself. */
export function orgUnitProblem(code: string, unit: { kind: OrgUnitKind; regions: readonly string[]; neighbours: readonly string[] }): 'regions-on-non-branch' | 'self-neighbour' | null {
  if (unit.kind !== 'branch' && unit.regions.length > 0) return 'regions-on-non-branch';
  if (unit.neighbours.includes(code)) return 'self-neighbour';
  return null;
}
