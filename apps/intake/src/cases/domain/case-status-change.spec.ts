import { caseStatus } from '@aftersales/contracts-intake';
import { CASE_STATUSES, IllegalCaseTransition } from './case-lifecycle';
import { StatusChangeRefused, StatusChangeRequest, decideStatusChange } from './case-status-change';

const closedAt = new Date('2026-11-01T08:00:00Z');
const day = 24 * 60 * 60 * 1000;
const request = (over: Partial<StatusChangeRequest>): StatusChangeRequest => ({
  from: 'in-progress',
  to: 'waiting-on-parts',
  by: 'staff',
  at: new Date('2026-11-02T08:00:00Z'),
  closedAt: null,
  resolvedAt: null,
  reopenWindowDays: 7,
  autoCloseDays: 7,
  ...over,
});
const refusal = (r: StatusChangeRequest) => {
  try {
    decideStatusChange(r);
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('status changes of a case (issue #3 lifecycle, R-IN-7)', () => {
  it('the events carry exactly the lifecycle statuses', () => {
    expect(caseStatus.options).toEqual([...CASE_STATUSES]);
  });

  it('names what happened from where the case comes from', () => {
    expect(decideStatusChange(request({ from: 'waiting-on-parts', to: 'in-progress' })).action).toBe('work-resumed');
    expect(decideStatusChange(request({ from: 'acknowledged', to: 'in-progress' })).action).toBe('work-started');
    expect(decideStatusChange(request({ from: 'resolved', to: 'in-progress', reason: 'still fails' })).action).toBe('resolution-rejected');
  });

  it('given an illegal change, then the lifecycle refuses it with the allowed statuses', () => {
    const error = refusal(request({ from: 'new', to: 'closed' }));
    expect(error).toBeInstanceOf(IllegalCaseTransition);
    expect((error as IllegalCaseTransition).allowed).toEqual(['acknowledged', 'in-progress', 'waiting-on-customer', 'resolved']);
  });

  it('given a resolution, when resolving, then it is recorded with the time; without one it is refused', () => {
    const at = new Date('2026-11-02T09:00:00Z');
    expect(decideStatusChange(request({ to: 'resolved', resolution: ' Replaced PSU ', at })).set).toEqual({ resolution: 'Replaced PSU', resolvedAt: at });
    expect((refusal(request({ to: 'resolved', resolution: '  ' })) as StatusChangeRefused).code).toBe('INTAKE.RESOLUTION_REQUIRED');
  });

  it('given a customer (R-IN-7, R-IN-8), then they may confirm, reject and reopen, and nothing else', () => {
    expect(decideStatusChange(request({ from: 'resolved', to: 'closed', by: 'customer' })).confirmation).toBe('customer-confirmed');
    expect(decideStatusChange(request({ from: 'resolved', to: 'in-progress', by: 'customer', reason: 'no' })).to).toBe('in-progress');
    const error = refusal(request({ from: 'new', to: 'acknowledged', by: 'customer' })) as StatusChangeRefused;
    expect(error.code).toBe('INTAKE.CUSTOMER_ACTION_FORBIDDEN');
    expect(error.kind).toBe('forbidden');
  });

  it('given a closed case, then it reopens before the window ends and not at or after its end (R-IN-7)', () => {
    const base = request({ from: 'closed', to: 'reopened', closedAt, reason: 'fault is back' });
    expect(decideStatusChange({ ...base, at: new Date(closedAt.getTime() + 7 * day - 1) }).set).toEqual({ closedAt: null, resolvedAt: null });
    expect((refusal({ ...base, at: new Date(closedAt.getTime() + 7 * day) }) as StatusChangeRefused).code).toBe('INTAKE.REOPEN_WINDOW_PASSED');
    expect((refusal({ ...base, reason: ' ' }) as StatusChangeRefused).code).toBe('INTAKE.REASON_REQUIRED');
  });

  it('given a resolved case, then the system closes it only once the timeout has passed (R-IN-7 documented timeout)', () => {
    const resolvedAt = new Date('2026-11-01T08:00:00Z');
    const base = request({ from: 'resolved', to: 'closed', by: 'system', resolvedAt });
    expect((refusal({ ...base, at: new Date(resolvedAt.getTime() + 7 * day - 1) }) as StatusChangeRefused).code).toBe('INTAKE.AUTO_CLOSE_NOT_DUE');
    const change = decideStatusChange({ ...base, at: new Date(resolvedAt.getTime() + 7 * day) });
    expect(change).toMatchObject({ action: 'auto-closed', confirmation: 'confirmation-timeout' });
  });

  it('given a work order completed by dispatch, then the system resolves the case with the resolution as dispatch wrote it', () => {
    const at = new Date('2026-11-03T10:00:00Z');
    expect(decideStatusChange(request({ to: 'resolved', by: 'system', resolution: '', at })).set).toEqual({ resolution: '', resolvedAt: at });
    expect(decideStatusChange(request({ to: 'resolved', by: 'system', resolution: ' Replaced PSU ', at })).set).toEqual({ resolution: ' Replaced PSU ', resolvedAt: at });
  });
});
