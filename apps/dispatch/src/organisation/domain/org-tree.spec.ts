import { OrgUnitRef, branchesCovering, homeUnitCoverage, orgUnitProblem } from './org-tree';

const org: OrgUnitRef[] = [
  { code: 'BR-EAST', kind: 'branch', regions: ['east'], neighbours: ['BR-NORTH'] },
  // Names no neighbour itself: BR-EAST naming it is enough (R-DS-3).
  { code: 'BR-NORTH', kind: 'branch', regions: ['north'], neighbours: [] },
  { code: 'BR-WEST', kind: 'branch', regions: ['west'], neighbours: [] },
  { code: 'RC', kind: 'repair-center', regions: [], neighbours: [] },
  { code: 'TC', kind: 'technical-center', regions: [], neighbours: [] },
];

describe('the organisation tree (R-DS-3)', () => {
  it('finds the branches of a region', () => {
    expect(branchesCovering(org, 'east').map((b) => b.code)).toEqual(['BR-EAST']);
    expect(branchesCovering(org, 'south')).toEqual([]);
  });

  it('given neighbouring branches, then each covers the other’s region, whichever side names the other', () => {
    expect(homeUnitCoverage(org, 'BR-NORTH', 'east')).toBe('neighbour-branch');
    expect(homeUnitCoverage(org, 'BR-EAST', 'north')).toBe('neighbour-branch');
    expect(homeUnitCoverage(org, 'BR-WEST', 'east')).toBeNull();
  });

  it('given the repair center, then it covers any region; the technical center and unknown units do not', () => {
    expect(homeUnitCoverage(org, 'RC', 'south')).toBe('repair-center');
    expect(homeUnitCoverage(org, 'TC', 'east')).toBeNull();
    expect(homeUnitCoverage(org, 'BR-GONE', 'east')).toBeNull();
    expect(homeUnitCoverage(org, undefined, 'east')).toBeNull();
  });

  it('lets only a branch cover regions, and no unit neighbour itself', () => {
    expect(orgUnitProblem('BR-EAST', { kind: 'branch', regions: ['east'], neighbours: ['BR-NORTH'] })).toBeNull();
    expect(orgUnitProblem('RC', { kind: 'repair-center', regions: ['east'], neighbours: [] })).toBe('regions-on-non-branch');
    expect(orgUnitProblem('BR-EAST', { kind: 'branch', regions: [], neighbours: ['BR-EAST'] })).toBe('self-neighbour');
  });
});
