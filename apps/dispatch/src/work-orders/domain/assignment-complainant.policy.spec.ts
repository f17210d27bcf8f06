import { Candidate, rankCandidates } from './assignment.policy';

describe('assignment for a customer who complained before (R-CP-5)', () => {
  const engineer = (engineerId: string, level: number): Candidate => ({ engineerId, region: 'SH', skills: ['hardware'], level, openOrders: 0, maxConcurrentOrders: 4 });
  const need = { skill: 'hardware', region: 'SH', priority: 'P3', at: new Date('2026-11-24T02:00:00Z') };
  const junior = engineer('a-junior', 1);
  const senior = engineer('b-senior', 3);

  it('given a routine order, then seniority does not count and the tie goes to the lower id', () => {
    expect(rankCandidates([senior, junior], need).map((s) => [s.engineerId, s.total])).toEqual([
      ['a-junior', 100],
      ['b-senior', 100],
    ]);
  });

  it('given the same order for a customer who complained before, then the senior engineer comes first, and the score says why', () => {
    const [best, next] = rankCandidates([junior, senior], { ...need, complainant: true });
    expect(best).toMatchObject({ engineerId: 'b-senior', total: 110, parts: { complainant: 10 } });
    expect(best.reasons).toContain('level 3 for a customer who complained before (R-CP-5)');
    expect(next).toMatchObject({ engineerId: 'a-junior', total: 100 });
    expect(next.parts.complainant).toBeUndefined();
  });
});
