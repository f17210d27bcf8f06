import { COMPLAINT_STATUSES, ComplaintStatus, IllegalComplaintTransition, allowedTransitions, isUnsolved, transition } from './complaint-lifecycle';

describe('complaint lifecycle (R-CP-2, R-CP-4)', () => {
  it('given a complaint handled from registration to closure, then every step of the way is allowed', () => {
    const path: ComplaintStatus[] = ['registered', 'acknowledged', 'investigating', 'resolution-proposed', 'awaiting-customer', 'resolved', 'closed'];
    for (let i = 1; i < path.length; i++) expect(transition(path[i - 1], path[i])).toBe(path[i]);
  });

  it('given a complainant who rejects the resolution, then the complaint reopens and is investigated again', () => {
    expect(transition('awaiting-customer', 'reopened')).toBe('reopened');
    expect(allowedTransitions('reopened')).toEqual(['acknowledged', 'investigating']);
  });

  it('given a registered complaint, when someone closes it, then it is refused with the allowed transitions', () => {
    expect(() => transition('registered', 'closed')).toThrow(IllegalComplaintTransition);
    expect(() => transition('registered', 'closed')).toThrow(
      expect.objectContaining({ code: 'COMPLAINTS.ILLEGAL_TRANSITION', from: 'registered', to: 'closed', allowed: ['acknowledged'] }),
    );
  });

  it('refuses every transition the lifecycle does not list: 53 of the 64 pairs', () => {
    const allowed = [
      'registered>acknowledged',
      'acknowledged>investigating',
      'investigating>resolution-proposed',
      'resolution-proposed>awaiting-customer',
      'resolution-proposed>investigating',
      'awaiting-customer>resolved',
      'awaiting-customer>reopened',
      'resolved>closed',
      'resolved>reopened',
      'reopened>acknowledged',
      'reopened>investigating',
    ];
    let refused = 0;
    for (const from of COMPLAINT_STATUSES) {
      for (const to of COMPLAINT_STATUSES) {
        if (allowed.includes(`${from}>${to}`)) expect(transition(from, to)).toBe(to);
        else {
          expect(() => transition(from, to)).toThrow(IllegalComplaintTransition);
          refused++;
        }
      }
    }
    expect(refused).toBe(64 - 11);
  });

  it('closed is final, and the handling deadline runs until the resolution is accepted', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    expect(COMPLAINT_STATUSES.filter(isUnsolved)).toEqual(['registered', 'acknowledged', 'investigating', 'resolution-proposed', 'awaiting-customer', 'reopened']);
  });
});
