import { weekdays } from '@aftersales/platform-calendar';
import fc from 'fast-check';
import { Candidate, OrgUnitRef, rankCandidates, rankWithRejections, requiredSkill } from './assignment.policy';

const eng = (engineerId: string, region: string, skills: string[], openOrders = 0, maxConcurrentOrders = 5, more: Partial<Candidate> = {}): Candidate => ({
  engineerId,
  region,
  skills,
  openOrders,
  maxConcurrentOrders,
  ...more,
});

const org: OrgUnitRef[] = [
  { code: 'BR-EAST', kind: 'branch', regions: ['east'], neighbours: ['BR-NORTH'] },
  { code: 'BR-NORTH', kind: 'branch', regions: ['north'], neighbours: ['BR-EAST'] },
  { code: 'BR-WEST', kind: 'branch', regions: ['west'], neighbours: [] },
  { code: 'RC', kind: 'repair-center', regions: [], neighbours: [] },
  { code: 'TC', kind: 'technical-center', regions: [], neighbours: [] },
];
const at = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai

describe('assignment (R-DS-3)', () => {
  it('given a hardware fault in the east, then the free eastern hardware engineer ranks first with every part explained', () => {
    const ranked = rankCandidates([eng('b', 'west', ['hardware']), eng('a', 'east', ['hardware'])], { skill: 'hardware', region: 'east', at }, org);
    expect(ranked.map((r) => r.engineerId)).toEqual(['a']);
    expect(ranked[0].parts).toEqual({ skill: 40, level: 0, region: 30, load: 20, availability: 10 });
    expect(ranked[0].reasons).toEqual(['has skill hardware', 'works in region east', '0/5 open orders', 'working now']);
  });

  it('given no engineer of the region, then a neighbouring branch covers it before the repair center, and the reason says so', () => {
    const { ranked } = rankWithRejections(
      [eng('rc', 'central', ['hardware'], 0, 5, { homeBranch: 'RC' }), eng('ne', 'east', ['hardware'], 0, 5, { homeBranch: 'BR-EAST' }), eng('w', 'west', ['hardware'], 0, 5, { homeBranch: 'BR-WEST' })],
      { skill: 'hardware', region: 'north', at },
      org,
    );
    expect(ranked.map((r) => [r.engineerId, r.coverage])).toEqual([
      ['ne', 'neighbour-branch'],
      ['rc', 'repair-center'],
    ]);
    expect(ranked[0].reasons[1]).toBe('covers region north from neighbouring branch BR-EAST');
    expect(ranked[1].reasons[1]).toBe('covers region north from the repair center RC');
  });

  it('given engineers without the skill, at capacity, on leave or off duty, then nobody is eligible and the reasons are counted', () => {
    const shanghai = weekdays('sh', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }]);
    const saturday = new Date('2026-11-28T02:00:00Z');
    const result = rankWithRejections(
      [
        eng('a', 'east', ['software']),
        eng('b', 'east', ['hardware'], 5, 5),
        eng('c', 'east', ['hardware'], 0, 5, { leave: [{ from: '2026-11-27T00:00:00Z', to: '2026-11-30T00:00:00Z' }] }),
        eng('d', 'east', ['hardware'], 0, 5, { calendar: shanghai }),
        eng('e', 'west', ['hardware']),
      ],
      { skill: 'hardware', region: 'east', at: saturday },
      org,
    );
    expect(result.ranked).toEqual([]);
    expect(result.rejections).toEqual({ 'missing-skill': 1, 'at-capacity': 1, 'on-leave': 1, 'off-duty': 1, 'region-not-covered': 1 });
  });

  it('given an engineer whose shift starts within the window, then they are eligible with fewer availability points', () => {
    const shanghai = weekdays('sh', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }]);
    const [best] = rankCandidates([eng('d', 'east', ['hardware'], 0, 5, { calendar: shanghai })], { skill: 'hardware', region: 'east', at: new Date('2026-11-23T00:30:00Z') }, org);
    expect(best.parts.availability).toBe(5);
    expect(best.reasons[3]).toBe('working from 2026-11-23T01:00:00.000Z');
  });

  it('the less loaded engineer wins between equals', () => {
    const ranked = rankCandidates([eng('a', 'east', ['hardware'], 4), eng('b', 'east', ['hardware'], 1)], { skill: 'hardware', region: 'east', at }, org);
    expect(ranked[0].engineerId).toBe('b');
  });

  it('product lines and levels filter; urgent orders prefer seniority', () => {
    const ranked = rankCandidates(
      [eng('px', 'east', ['hardware'], 0, 5, { productLines: ['PX'], level: 3 }), eng('qz', 'east', ['hardware'], 0, 5, { productLines: ['QZ'] }), eng('all', 'east', ['hardware'], 0, 5, { level: 1 })],
      { skill: 'hardware', region: 'east', productModel: 'PX-2000', priority: 'P1', at },
      org,
    );
    expect(ranked.map((r) => [r.engineerId, r.parts.level])).toEqual([
      ['px', 10],
      ['all', 0],
    ]);
    expect(rankWithRejections([eng('low', 'east', ['hardware'], 0, 5, { level: 1 })], { skill: 'hardware', region: 'east', minLevel: 2, at }, org).rejections).toEqual({ level: 1 });
  });

  it('an expert escalation picks experts only, from any region', () => {
    const ranked = rankCandidates(
      [eng('tc', 'central', ['hardware'], 0, 5, { homeBranch: 'TC', expert: true }), eng('local', 'east', ['hardware'], 0, 5, { level: 2 }), eng('senior', 'west', ['hardware'], 0, 5, { level: 4 })],
      { skill: 'hardware', region: 'east', expert: true, at },
      org,
    );
    expect(ranked.map((r) => [r.engineerId, r.coverage])).toEqual([
      ['senior', 'technical-center'],
      ['tc', 'technical-center'],
    ]);
  });

  it('never picks an excluded engineer, an engineer at capacity, or one without the skill (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            engineerId: fc.uuid(),
            region: fc.constantFrom('east', 'west', 'north'),
            skills: fc.subarray(['hardware', 'software', 'network']),
            openOrders: fc.integer({ min: 0, max: 6 }),
            maxConcurrentOrders: fc.integer({ min: 1, max: 6 }),
          }),
          { maxLength: 30 },
        ),
        fc.constantFrom('hardware', 'software'),
        (candidates, skill) => {
          const exclude = candidates.slice(0, 2).map((c) => c.engineerId);
          const ranked = rankCandidates(candidates, { skill, region: 'east', exclude, at }, org);
          for (const r of ranked) {
            const c = candidates.find((x) => x.engineerId === r.engineerId)!;
            expect(exclude).not.toContain(r.engineerId);
            expect(c.skills).toContain(skill);
            expect(c.openOrders).toBeLessThan(c.maxConcurrentOrders);
            expect(r.total).toBe(Object.values(r.parts).reduce((a, b) => a + b, 0));
          }
          for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].total).toBeGreaterThanOrEqual(ranked[i].total);
        },
      ),
    );
  });

  it('maps case categories to skills', () => {
    expect(requiredSkill('fault-hardware')).toBe('hardware');
    expect(requiredSkill('consultation')).toBeNull();
  });
});
