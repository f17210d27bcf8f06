import { applyFact, CaseFact, emptyCase, engineerOf, isResolved, visitsOf } from './case-facts';

const id = '0192f3a0-0000-7000-8000-000000000001';
const fold = (facts: CaseFact[]) => facts.reduce(applyFact, emptyCase(id));

describe('the facts of a case (R-SV-4)', () => {
  it('gives the same case whatever order the producers’ events arrive in', () => {
    const facts: CaseFact[] = [
      { kind: 'opened', caseId: id, at: '2026-11-02T02:00:00.000Z', customerId: 'c', productModel: 'PX', serialNumber: 'S', category: 'fault-hardware', priority: 'P3', channel: 'web' },
      { kind: 'priority-changed', caseId: id, at: '2026-11-02T03:00:00.000Z', priority: 'P1' },
      { kind: 'work-order-assigned', caseId: id, at: '2026-11-02T04:00:00.000Z', engineerId: 'e1', branch: 'east' },
      { kind: 'work-order-assigned', caseId: id, at: '2026-11-02T05:00:00.000Z', engineerId: 'e2', branch: 'west' },
      { kind: 'resolved', caseId: id, at: '2026-11-02T06:00:00.000Z' },
    ];
    const forwards = fold(facts);
    expect(fold([...facts].reverse())).toEqual(forwards);
    expect(forwards).toMatchObject({ priority: 'P1', workOrderEngineer: 'e2', branch: 'west' });
  });

  it('R-IN-7: a reopened case is unresolved until resolved again', () => {
    const resolved = fold([{ kind: 'resolved', caseId: id, at: '2026-11-02T06:00:00.000Z' }]);
    const reopened = applyFact(resolved, { kind: 'status-changed', caseId: id, at: '2026-11-02T07:00:00.000Z', from: 'closed', to: 'reopened' });
    expect(isResolved(resolved)).toBe(true);
    expect(isResolved(reopened)).toBe(false);
    expect(isResolved(applyFact(reopened, { kind: 'resolved', caseId: id, at: '2026-11-03T07:00:00.000Z' }))).toBe(true);
  });

  it('applying a fact twice changes nothing', () => {
    const f: CaseFact = { kind: 'complaint', caseId: id, at: '2026-11-02T06:00:00.000Z', complaintId: 'k', customerId: 'c' };
    expect(fold([f, f])).toEqual(fold([f]));
  });

  it('counts visits from the completion, or from the incomplete visits before it', () => {
    const incomplete = fold([
      { kind: 'visit-incomplete', caseId: id, at: '2026-11-02T06:00:00.000Z', workOrderId: 'w', visitNumber: 1 },
      { kind: 'work-order-completed', caseId: id, at: '2026-11-03T06:00:00.000Z', workOrderId: 'w', engineerId: 'e', visits: null },
    ]);
    expect(visitsOf(incomplete)).toBe(2);
    expect(visitsOf(fold([{ kind: 'work-order-completed', caseId: id, at: '2026-11-03T06:00:00.000Z', workOrderId: 'w', engineerId: 'e', visits: 1 }]))).toBe(1);
    expect(visitsOf(emptyCase(id))).toBeNull();
  });

  it('counts a case for dispatch’s engineer, else for intake’s assignee', () => {
    const phone = fold([{ kind: 'assigned', caseId: id, at: '2026-11-02T06:00:00.000Z', assigneeId: 'agent-li' }]);
    expect(engineerOf(phone)).toBe('agent-li');
    expect(engineerOf(applyFact(phone, { kind: 'work-order-assigned', caseId: id, at: '2026-11-02T07:00:00.000Z', engineerId: 'e1', branch: null }))).toBe('e1');
  });
});
