import { evaluateRepeatRepairs } from './repeat-repair.policy';

/**
 * R-WA-4 at its boundary, as the customer would say it: "you repaired the same fault three times and it is back:
 * give me a new unit". The third repair itself is still a repair.
 */
const warranty = { start: '2026-03-02', end: '2027-03-01' };
const board = (caseId: string, repairedOn: string) => ({ caseId, faultCode: 'BOARD-DEAD', repairedOn });

describe('R-WA-4: the same fault back after three repairs within the warranty', () => {
  it('given two earlier repairs of the board, when it fails a third time, then it is repaired again (the third repair)', () => {
    const d = evaluateRepeatRepairs({ faultCode: 'BOARD-DEAD', history: [board('case-a', '2026-04-10'), board('case-b', '2026-06-15')], warranty });
    expect(d.replace).toBe(false);
    expect(d.rule).toEqual({
      rule: 'R-WA-4',
      outcome: 'failed',
      detail:
        'fault BOARD-DEAD: counted 2 earlier repair(s): case case-a on 2026-04-10, case case-b on 2026-06-15 within the warranty period (2026-03-02 to 2027-03-01); replacement is owed when it comes back after 3 repairs: repair (this is repair 3)',
    });
  });

  it('given three repairs of the board, when it fails again, then a new unit is owed and the decision names the three repairs', () => {
    const d = evaluateRepeatRepairs({ faultCode: 'BOARD-DEAD', history: [board('case-c', '2026-09-01'), board('case-a', '2026-04-10'), board('case-b', '2026-06-15')], warranty });
    expect(d.replace).toBe(true);
    expect(d.rule).toEqual({
      rule: 'R-WA-4',
      outcome: 'passed',
      detail:
        'fault BOARD-DEAD came back after 3 repairs within the warranty period (2026-03-02 to 2027-03-01); counted 3 earlier repair(s): case case-a on 2026-04-10, case case-b on 2026-06-15, case case-c on 2026-09-01: replace with a new unit of the same model',
    });
  });

  it('given three repairs of which one was before the warranty began, when the fault is back, then only two count: repair', () => {
    const d = evaluateRepeatRepairs({ faultCode: 'BOARD-DEAD', history: [board('case-0', '2026-03-01'), board('case-a', '2026-04-10'), board('case-b', '2026-06-15')], warranty });
    expect(d.replace).toBe(false);
    expect(d.rule.detail).toContain('counted 2 earlier repair(s): case case-a on 2026-04-10, case case-b on 2026-06-15');
  });

  it('given three repairs of another fault, when the board fails, then nothing counts: repair', () => {
    const fan = (caseId: string, repairedOn: string) => ({ caseId, faultCode: 'FAN-NOISE', repairedOn });
    const d = evaluateRepeatRepairs({ faultCode: 'BOARD-DEAD', history: [fan('case-a', '2026-04-10'), fan('case-b', '2026-06-15'), fan('case-c', '2026-09-01')], warranty });
    expect(d).toMatchObject({ replace: false, rule: { outcome: 'failed', detail: expect.stringContaining('counted no earlier repair') } });
  });
});
