import { weekdays } from '@aftersales/platform-calendar';
import { availabilityAt, awayReason, onLeaveAt } from './engineer-availability';

const HOUR = 3_600_000;
// Monday 2026-11-23, Shanghai office hours 09:00-17:00 local = 01:00-09:00 UTC.
const shanghai = weekdays('sh', 'Asia/Shanghai', [{ start: '09:00', end: '17:00' }]);
const leave = [{ from: '2026-11-23T00:00:00Z', to: '2026-11-24T00:00:00Z', reason: 'training' }];

describe('engineer availability (R-DS-3)', () => {
  it('given a leave period, then it covers its start and ends just before its end', () => {
    expect(onLeaveAt(leave, new Date('2026-11-23T00:00:00Z'))?.reason).toBe('training');
    expect(onLeaveAt(leave, new Date('2026-11-23T23:59:59Z'))?.reason).toBe('training');
    expect(onLeaveAt(leave, new Date('2026-11-24T00:00:00Z'))).toBeUndefined();
  });

  it('given the last free slot, then the engineer is available; with none left, at capacity', () => {
    const at = new Date('2026-11-23T02:00:00Z');
    expect(availabilityAt({ openOrders: 4, maxConcurrentOrders: 5 }, at, HOUR)).toEqual({ available: true, availableAt: at, waitMs: 0 });
    expect(availabilityAt({ openOrders: 5, maxConcurrentOrders: 5 }, at, HOUR)).toEqual({ available: false, reason: 'at-capacity' });
  });

  it('given a full engineer on leave, then capacity is the reason given (checked first)', () => {
    expect(availabilityAt({ openOrders: 5, maxConcurrentOrders: 5, leave }, new Date('2026-11-23T02:00:00Z'), HOUR)).toEqual({ available: false, reason: 'at-capacity' });
    expect(availabilityAt({ openOrders: 0, maxConcurrentOrders: 5, leave }, new Date('2026-11-23T02:00:00Z'), HOUR)).toEqual({ available: false, reason: 'on-leave' });
  });

  it('given a calendar, then working within the window counts, its edge included, and later is off duty', () => {
    const e = { openOrders: 0, maxConcurrentOrders: 5, calendar: shanghai };
    expect(availabilityAt(e, new Date('2026-11-23T00:30:00Z'), HOUR)).toEqual({ available: true, availableAt: new Date('2026-11-23T01:00:00Z'), waitMs: 30 * 60_000 });
    expect(availabilityAt(e, new Date('2026-11-23T00:00:00Z'), HOUR)).toEqual({ available: true, availableAt: new Date('2026-11-23T01:00:00Z'), waitMs: HOUR });
    expect(availabilityAt(e, new Date('2026-11-22T23:59:59Z'), HOUR)).toEqual({ available: false, reason: 'off-duty' });
  });

  it('says why a saved profile takes the engineer off their orders', () => {
    const at = new Date('2026-11-23T08:00:00Z');
    expect(awayReason({ active: false, leave: [] }, at)).toBe('engineer deactivated');
    expect(awayReason({ active: true, leave }, at)).toBe('engineer on leave');
    expect(awayReason({ active: true, leave }, new Date('2026-11-24T00:00:00Z'))).toBeNull();
  });
});
