/**
 * Automatic assignment (R-DS-3): eligible engineers by skill, region and free capacity; a region without its
 * own engineer is covered from elsewhere (the repair center or a neighbouring branch). The score's parts are
 * kept with the assignment so a manager can see why that engineer.
 */
export interface Candidate {
  engineerId: string;
  region: string;
  skills: readonly string[];
  openOrders: number;
  maxConcurrentOrders: number;
}

export interface AssignmentScore {
  engineerId: string;
  total: number;
  parts: { skill: number; region: number; load: number };
  reasons: string[];
}

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

/** Best first; an engineer without the skill or at capacity is not eligible. Ties go to the lower id (stable). */
export function rankCandidates(candidates: readonly Candidate[], need: { skill: string | null; region: string | null }): AssignmentScore[] {
  return candidates
    .filter((c) => (need.skill ? c.skills.includes(need.skill) : true) && c.openOrders < c.maxConcurrentOrders)
    .map((c) => {
      const sameRegion = need.region !== null && c.region === need.region;
      const parts = {
        skill: need.skill ? 50 : 0,
        region: sameRegion ? 30 : 0,
        load: Math.round(20 * (1 - c.openOrders / c.maxConcurrentOrders)),
      };
      const reasons = [
        need.skill ? `has skill ${need.skill}` : 'no particular skill needed',
        sameRegion ? `works in region ${c.region}` : `covers from region ${c.region} (no engineer of ${need.region ?? 'the site region'} free)`,
        `${c.openOrders}/${c.maxConcurrentOrders} open orders`,
      ];
      return { engineerId: c.engineerId, total: parts.skill + parts.region + parts.load, parts, reasons };
    })
    .sort((a, b) => b.total - a.total || a.engineerId.localeCompare(b.engineerId));
}
