import { PastRepair, repeatedRepair } from './repeat-repair.policy';

const past = (id: string, completedAt: string, over: Partial<PastRepair> = {}): PastRepair => ({
  workOrderId: id,
  serialNumber: 'SN-1',
  category: 'fault-hardware',
  completedAt: new Date(completedAt),
  ...over,
});
const now = { serialNumber: 'SN-1', category: 'fault-hardware', at: new Date('2026-11-23T08:00:00Z') };

describe('repeat repairs (R-DS-6)', () => {
  it('given the same unit and fault repaired 3 months ago to the minute, then it is a repeat; a minute earlier it is not', () => {
    expect(repeatedRepair([past('a', '2026-08-23T08:00:00Z')], now)?.workOrderId).toBe('a');
    expect(repeatedRepair([past('a', '2026-08-23T07:59:00Z')], now)).toBeNull();
  });

  it('given another fault or another unit, then it is not a repeat', () => {
    expect(repeatedRepair([past('a', '2026-11-01T00:00:00Z', { category: 'fault-software' }), past('b', '2026-11-01T00:00:00Z', { serialNumber: 'SN-2' })], now)).toBeNull();
  });

  it('given several earlier repairs, then the latest is the one repeated', () => {
    expect(repeatedRepair([past('a', '2026-09-01T00:00:00Z'), past('b', '2026-11-01T00:00:00Z'), past('c', '2026-10-01T00:00:00Z')], now)?.workOrderId).toBe('b');
  });

  it('counts calendar months: completed on 30 November, a fault on 28 February is within 3 months', () => {
    const feb = { ...now, at: new Date('2027-02-28T12:00:00Z') };
    expect(repeatedRepair([past('a', '2026-11-30T12:00:00Z')], feb)?.workOrderId).toBe('a');
  });
});
