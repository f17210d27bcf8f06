import { EntityManager } from 'typeorm';
import { EngineerEntity } from '../../engineers/infrastructure/engineer.entity';
import { OrgUnitEntity } from '../../organisation/infrastructure/org-unit.entity';
import { Candidate, OrgUnitRef, RejectionReason } from '../domain/assignment.policy';

/** What the database can narrow the candidates by: the order's skill, the site's region, an expert escalation. */
export interface CandidateFilter {
  skill: string | null;
  region: string | null;
  expert: boolean;
}

/**
 * The candidates for an order and the (small) organisation, in one round trip. The database narrows by the hard
 * filters it can check cheaply: active, skill, a free slot and, unless the order goes to the experts, region
 * coverage (own region, territory, neighbouring branch, repair center: a superset of what the policy accepts).
 * The policy decides the rest and scores.
 */
export async function loadCandidates(m: EntityManager, f: CandidateFilter): Promise<{ candidates: Candidate[]; org: OrgUnitRef[] }> {
  const [{ candidates, org }]: { candidates: CandidateRow[] | null; org: OrgUnitRef[] | null }[] = await m.query(
    `SELECT
       (SELECT json_agg(c) FROM (
          SELECT e.id, e.home_branch, e.region, e.territories, e.skills, e.product_lines, e.level, e.expert, e.open_orders,
                 e.max_concurrent_orders, e.leave, e.calendar
            FROM engineers e
           WHERE e.active AND e.open_orders < e.max_concurrent_orders
             AND ($1::text IS NULL OR $1 = ANY(e.skills))
             AND ($2::text IS NULL OR $3 OR e.region = $2 OR $2 = ANY(e.territories)
                  OR e.home_branch IN (SELECT code FROM org_units WHERE kind = 'repair-center')
                  OR e.home_branch IN (SELECT unnest(b.neighbours) FROM org_units b WHERE b.kind = 'branch' AND $2 = ANY(b.regions))
                  OR EXISTS (SELECT 1 FROM org_units h JOIN org_units b ON b.code = ANY(h.neighbours)
                              WHERE h.code = e.home_branch AND h.kind = 'branch' AND b.kind = 'branch' AND $2 = ANY(b.regions)))) c) AS candidates,
       (SELECT json_agg(json_build_object('code', o.code, 'kind', o.kind, 'regions', o.regions, 'neighbours', o.neighbours)) FROM org_units o) AS org`,
    [f.skill, f.region, f.expert],
  );
  return { candidates: (candidates ?? []).map(rowToCandidate), org: org ?? [] };
}

/**
 * The active engineers the candidate query left out, by reason, for an order nobody could take (rare, so not worth
 * counting before): those without the skill, those at capacity, and those with the skill and a slot that the query
 * did not return (it returned `returned`), who are outside the region's coverage.
 */
export async function countLeftOut(m: EntityManager, skill: string | null, returned: number): Promise<Partial<Record<RejectionReason, number>>> {
  const [counts]: { missing_skill: number; at_capacity: number; with_slot: number }[] = await m.query(
    `SELECT count(*) FILTER (WHERE $1::text IS NOT NULL AND NOT ($1 = ANY(skills)))::int AS missing_skill,
            count(*) FILTER (WHERE ($1::text IS NULL OR $1 = ANY(skills)) AND open_orders >= max_concurrent_orders)::int AS at_capacity,
            count(*) FILTER (WHERE ($1::text IS NULL OR $1 = ANY(skills)) AND open_orders < max_concurrent_orders)::int AS with_slot
       FROM engineers WHERE active`,
    [skill],
  );
  const left: Partial<Record<RejectionReason, number>> = {};
  if (counts.missing_skill > 0) left['missing-skill'] = counts.missing_skill;
  if (counts.at_capacity > 0) left['at-capacity'] = counts.at_capacity;
  const uncovered = counts.with_slot - returned;
  if (uncovered > 0) left['region-not-covered'] = uncovered;
  return left;
}

/** One named engineer, if active, and the organisation: a manual assignment explains that engineer's score. */
export async function loadNamedCandidate(m: EntityManager, engineerId: string): Promise<{ candidate: Candidate; org: OrgUnitRef[] } | null> {
  const engineer = await m.getRepository(EngineerEntity).findOneBy({ id: engineerId, active: true });
  if (!engineer) return null;
  const org = await m.getRepository(OrgUnitEntity).find();
  return { candidate: toCandidate(engineer), org };
}

interface CandidateRow {
  id: string;
  home_branch: string;
  region: string;
  territories: string[];
  skills: string[];
  product_lines: string[];
  level: number;
  expert: boolean;
  open_orders: number;
  max_concurrent_orders: number;
  leave: Candidate['leave'];
  calendar: Candidate['calendar'];
}

function rowToCandidate(r: CandidateRow): Candidate {
  return {
    engineerId: r.id,
    homeBranch: r.home_branch,
    region: r.region,
    territories: r.territories,
    skills: r.skills,
    productLines: r.product_lines,
    level: r.level,
    expert: r.expert,
    openOrders: r.open_orders,
    maxConcurrentOrders: r.max_concurrent_orders,
    leave: r.leave,
    calendar: r.calendar,
  };
}

export function toCandidate(e: EngineerEntity): Candidate {
  return {
    engineerId: e.id,
    homeBranch: e.homeBranch,
    region: e.region,
    territories: e.territories,
    skills: e.skills,
    productLines: e.productLines,
    level: e.level,
    expert: e.expert,
    openOrders: e.openOrders,
    maxConcurrentOrders: e.maxConcurrentOrders,
    leave: e.leave,
    calendar: e.calendar,
  };
}
