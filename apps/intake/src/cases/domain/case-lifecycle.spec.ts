import { CASE_STATUSES, IllegalCaseTransition, afterEntitlement, allowedTransitions, transition } from './case-lifecycle';

describe('case lifecycle (R-IN-7)', () => {
  it('given a resolved case, when the customer confirms, then it closes', () => {
    expect(transition('resolved', 'closed')).toBe('closed');
  });

  it('given an in-progress case, when someone tries to close it, then it is refused with the allowed transitions', () => {
    expect(() => transition('in-progress', 'closed')).toThrow(IllegalCaseTransition);
    try {
      transition('in-progress', 'closed');
    } catch (error) {
      expect((error as IllegalCaseTransition).allowed).toEqual(['waiting-on-customer', 'waiting-on-parts', 'resolved']);
    }
  });

  it('given a closed case, then the only way out is reopening', () => {
    expect(allowedTransitions('closed')).toEqual(['reopened']);
  });

  it('no status may transition to itself or to new', () => {
    for (const from of CASE_STATUSES) {
      expect(allowedTransitions(from)).not.toContain(from);
      expect(allowedTransitions(from)).not.toContain('new');
    }
  });
});

describe('recording the entitlement', () => {
  it('given a new case, when a decision needing field work arrives, then it is in progress and dispatch is requested', () => {
    expect(afterEntitlement('new', true)).toEqual({ status: 'in-progress', requestDispatch: true });
  });

  it('given a new case, when a decision without field work arrives, then it is only acknowledged', () => {
    expect(afterEntitlement('new', false)).toEqual({ status: 'acknowledged', requestDispatch: false });
  });

  it('given a reopened case, when field work is needed, then it goes back in progress with a dispatch request', () => {
    expect(afterEntitlement('reopened', true)).toEqual({ status: 'in-progress', requestDispatch: true });
  });

  it.each(['in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved', 'closed'] as const)(
    'given a %s case, when a (late or replayed) decision arrives, then neither the status nor the dispatch changes',
    (from) => {
      expect(afterEntitlement(from, true)).toEqual({ status: from, requestDispatch: false });
    },
  );
});
