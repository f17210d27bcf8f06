import { rankCandidates, requiredSkill } from './assignment.policy';

const eng = (engineerId: string, region: string, skills: string[], openOrders = 0, maxConcurrentOrders = 5) => ({
  engineerId,
  region,
  skills,
  openOrders,
  maxConcurrentOrders,
});

describe('assignment (R-DS-3)', () => {
  it('given a hardware fault in the east, then the free eastern hardware engineer ranks first', () => {
    const ranked = rankCandidates([eng('b', 'west', ['hardware']), eng('a', 'east', ['hardware'])], { skill: 'hardware', region: 'east' });
    expect(ranked.map((r) => r.engineerId)).toEqual(['a', 'b']);
    expect(ranked[0].parts).toEqual({ skill: 50, region: 30, load: 20 });
  });

  it('given no engineer in the region, then another region covers it and the reason says so', () => {
    const [best] = rankCandidates([eng('b', 'west', ['hardware'])], { skill: 'hardware', region: 'north' });
    expect(best.engineerId).toBe('b');
    expect(best.reasons[1]).toContain('covers from region west');
  });

  it('given engineers without the skill or at capacity, then nobody is eligible', () => {
    expect(rankCandidates([eng('a', 'east', ['software']), eng('b', 'east', ['hardware'], 5, 5)], { skill: 'hardware', region: 'east' })).toEqual([]);
  });

  it('the less loaded engineer wins between equals', () => {
    const ranked = rankCandidates([eng('a', 'east', ['hardware'], 4), eng('b', 'east', ['hardware'], 1)], { skill: 'hardware', region: 'east' });
    expect(ranked[0].engineerId).toBe('b');
  });

  it('maps case categories to skills', () => {
    expect(requiredSkill('fault-hardware')).toBe('hardware');
    expect(requiredSkill('consultation')).toBeNull();
  });
});
