import { RoleHolding, branchOfCase, holdersOf } from './directory';

describe('who holds a role (R-SLA-7 on-call roster)', () => {
  const h = (personId: string, orgUnit: string | null, from: string, until: string | null, role = 'response-center-manager'): RoleHolding => ({
    role,
    orgUnit,
    personId,
    validFrom: new Date(from),
    validUntil: until ? new Date(until) : null,
  });
  const roster = [
    h('p-week1', null, '2026-11-16T00:00:00Z', '2026-11-23T00:00:00Z'),
    h('p-week2', null, '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z'),
    h('p-sh', 'sh-01', '2026-11-01T00:00:00Z', null),
    h('p-tm', null, '2026-11-01T00:00:00Z', null, 'technical-manager'),
  ];

  it('takes the holder valid at the time: from inclusive, until exclusive', () => {
    expect(holdersOf(roster, 'response-center-manager', null, new Date('2026-11-22T23:59:59Z'))).toEqual(['p-week1']);
    expect(holdersOf(roster, 'response-center-manager', null, new Date('2026-11-23T00:00:00Z'))).toEqual(['p-week2']);
    expect(holdersOf(roster, 'response-center-manager', null, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
  });

  it("prefers the branch's own holder and falls back to the platform-wide one", () => {
    expect(holdersOf(roster, 'response-center-manager', 'sh-01', new Date('2026-11-24T00:00:00Z'))).toEqual(['p-sh']);
    expect(holdersOf(roster, 'response-center-manager', 'bj-02', new Date('2026-11-24T00:00:00Z'))).toEqual(['p-week2']);
  });

  it('knows nobody for a role nobody holds', () => {
    expect(holdersOf(roster, 'general-manager', null, new Date('2026-11-24T00:00:00Z'))).toEqual([]);
    expect(holdersOf(roster, 'technical-manager', null, new Date('2026-11-24T00:00:00Z'))).toEqual(['p-tm']);
  });
});

describe("the case's branch (R-SLA-7)", () => {
  const units = [
    { code: 'BR-SH', kind: 'branch', regions: ['east'] },
    { code: 'BR-HZ', kind: 'branch', regions: ['east-south'] },
    { code: 'BR-AA', kind: 'branch', regions: ['east-south'] },
    { code: 'RC', kind: 'repair-center', regions: ['east'] },
  ];
  it("is the branch covering the site's region, before the engineer's home unit", () => {
    expect(branchOfCase({ region: 'east', engineerOrgUnit: 'BR-NJ' }, units)).toBe('BR-SH');
  });
  it('is the first by code when several branches cover the region', () => {
    expect(branchOfCase({ region: 'east-south', engineerOrgUnit: null }, units)).toBe('BR-AA');
  });
  it("is the engineer's home unit when no branch covers the region or the region is not known", () => {
    expect(branchOfCase({ region: 'west', engineerOrgUnit: 'BR-NJ' }, units)).toBe('BR-NJ');
    expect(branchOfCase({ region: null, engineerOrgUnit: 'BR-NJ' }, units)).toBe('BR-NJ');
  });
  it('is not known without either', () => {
    expect(branchOfCase({ region: null, engineerOrgUnit: null }, units)).toBeNull();
  });
});
