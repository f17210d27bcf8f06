import { AppointmentRuleViolation, arrangedWithinTarget, arrangementDueAt, checkSlot, confirm, reschedule } from './appointment.policy';

const at = (iso: string) => new Date(iso);
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'none';
  } catch (e) {
    return (e as AppointmentRuleViolation).code;
  }
};

describe('appointments (R-DS-4, R-SLA-1)', () => {
  it('given an order created at 08:00, then the on-site visit must be arranged by 08:00 the next day, inclusive', () => {
    const due = arrangementDueAt(at('2026-11-23T08:00:00Z'));
    expect(due.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(arrangedWithinTarget(at('2026-11-24T08:00:00Z'), due)).toBe(true);
    expect(arrangedWithinTarget(at('2026-11-24T08:00:01Z'), due)).toBe(false);
  });

  it('accepts a future slot of up to 12 hours and refuses the rest', () => {
    const now = at('2026-11-23T08:00:00Z');
    expect(code(() => checkSlot(at('2026-11-23T09:00:00Z'), at('2026-11-23T11:00:00Z'), now))).toBe('none');
    expect(code(() => checkSlot(at('2026-11-23T09:00:00Z'), at('2026-11-23T09:00:00Z'), now))).toBe('DISPATCH.SLOT_ENDS_BEFORE_START');
    expect(code(() => checkSlot(at('2026-11-23T07:00:00Z'), at('2026-11-23T09:00:00Z'), now))).toBe('DISPATCH.SLOT_IN_PAST');
    expect(code(() => checkSlot(at('2026-11-23T09:00:00Z'), at('2026-11-23T21:00:01Z'), now))).toBe('DISPATCH.SLOT_TOO_LONG');
  });

  it('confirms only proposals; reschedules proposals and confirmed ones', () => {
    expect(confirm('proposed')).toBe('confirmed');
    expect(code(() => confirm('confirmed'))).toBe('DISPATCH.APPOINTMENT_NOT_PROPOSED');
    expect(reschedule('confirmed')).toBe('rescheduled');
    expect(code(() => reschedule('rescheduled'))).toBe('DISPATCH.APPOINTMENT_CLOSED');
  });
});
