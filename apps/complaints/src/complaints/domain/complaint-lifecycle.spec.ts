import { COMPLAINT_STATUSES, IllegalComplaintTransition, allowedTransitions, transition } from './complaint-lifecycle';

describe('complaint lifecycle (R-CP-2, R-CP-4)', () => {
  it('given an open complaint, when handling starts, then it is in progress', () => {
    expect(transition('open', 'in-progress')).toBe('in-progress');
  });

  it('given an in-progress complaint past its deadline, when it is escalated and then worked again, then both are allowed', () => {
    expect(transition('in-progress', 'escalated')).toBe('escalated');
    expect(transition('escalated', 'in-progress')).toBe('in-progress');
  });

  it('given a resolved complaint, then the complainant either accepts (closed) or not (in progress)', () => {
    expect(allowedTransitions('resolved')).toEqual(['closed', 'in-progress']);
  });

  it('given an open complaint, when someone closes it unresolved, then it is refused with the allowed transitions', () => {
    expect(() => transition('open', 'closed')).toThrow(IllegalComplaintTransition);
    expect(() => transition('open', 'closed')).toThrow(
      expect.objectContaining({ code: 'COMPLAINTS.ILLEGAL_TRANSITION', from: 'open', to: 'closed', allowed: ['in-progress', 'resolved', 'escalated'] }),
    );
  });

  it('closed is final, and no status returns to open or to itself', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    for (const from of COMPLAINT_STATUSES) {
      expect(allowedTransitions(from)).not.toContain('open');
      expect(allowedTransitions(from)).not.toContain(from);
    }
  });
});
