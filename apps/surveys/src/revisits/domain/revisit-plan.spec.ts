import { afterServicePlanFor, afterServicePlannedOn, contractPlanFor, decideUnreached, nextPeriodicPlannedOn, revisitCalendar, validatePlan, withinContract, workingDayOnOrAfter, StoredPlan } from './revisit-plan';

const cal = revisitCalendar('Asia/Shanghai');
const retry = { maxAttempts: 3, retryAfterWorkingDays: 1, active: true };
const plans: StoredPlan[] = [
  { code: 'all-cases', version: 1, definition: { kind: 'after-service', categories: null, afterDays: 3, ...retry } },
  { code: 'hardware', version: 2, definition: { kind: 'after-service', categories: ['fault-hardware'], afterDays: 7, ...retry } },
  { code: 'old', version: 1, definition: { kind: 'after-service', categories: ['installation'], afterDays: 1, ...retry, active: false } },
  { code: 'quarterly', version: 1, definition: { kind: 'contract-periodic', slaPlanCodes: null, every: 'quarterly', ...retry } },
  { code: 'premium', version: 1, definition: { kind: 'contract-periodic', slaPlanCodes: ['premium-7x24'], every: 'monthly', ...retry } },
];

describe('revisit due dates on the business calendar (R-SV-2)', () => {
  it('a working day stays; a weekend or holiday moves to the next working day; a 调休 Saturday counts as working', () => {
    expect(workingDayOnOrAfter(cal, '2026-11-25')).toBe('2026-11-25'); // Wednesday
    expect(workingDayOnOrAfter(cal, '2026-11-28')).toBe('2026-11-30'); // Saturday -> Monday
    expect(workingDayOnOrAfter(cal, '2026-10-01')).toBe('2026-10-08'); // National Day week
    expect(workingDayOnOrAfter(cal, '2026-10-10')).toBe('2026-10-10'); // 调休 Saturday
    expect(workingDayOnOrAfter(cal, '2026-09-20')).toBe('2026-09-20'); // 调休 Sunday
  });

  it('plans after-service revisits N calendar days after the local closure date', () => {
    // 23:30 UTC on 2026-11-22 is already 2026-11-23 in Shanghai.
    expect(afterServicePlannedOn({ kind: 'after-service', categories: null, afterDays: 7, ...retry }, new Date('2026-11-22T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-30');
  });

  it('periodic revisits follow one period after the last planned date, within the contract', () => {
    expect(nextPeriodicPlannedOn('monthly', '2026-01-31')).toBe('2026-02-28');
    expect(nextPeriodicPlannedOn('quarterly', '2026-11-15')).toBe('2027-02-15');
    expect(withinContract('2027-02-15', '2027-02-14')).toBe(false);
    expect(withinContract('2027-02-14', '2027-02-14')).toBe(true);
    expect(withinContract('2030-01-01', null)).toBe(true);
  });
});

describe('revisit plans (R-SV-2)', () => {
  it('a case gets the plan that names its category before the plan for all; an inactive plan is never used', () => {
    expect(afterServicePlanFor(plans, 'fault-hardware')?.code).toBe('hardware');
    expect(afterServicePlanFor(plans, 'installation')?.code).toBe('all-cases');
    expect(afterServicePlanFor(plans.slice(1), 'consultation')).toBeNull();
  });

  it('a contract gets the plan that names its SLA plan before the plan for every contract', () => {
    expect(contractPlanFor(plans, 'premium-7x24')?.code).toBe('premium');
    expect(contractPlanFor(plans, 'standard-5x8')?.code).toBe('quarterly');
    expect(contractPlanFor(plans, null)?.code).toBe('quarterly');
  });

  it('an unreached customer is retried the next working day until the attempts are used up', () => {
    // Friday 2026-11-27 -> Monday 2026-11-30.
    expect(decideUnreached(retry, 0, cal, new Date('2026-11-27T02:00:00Z'))).toEqual({ status: 'scheduled', attempts: 1, retryOn: '2026-11-30' });
    expect(decideUnreached(retry, 2, cal, new Date('2026-11-27T02:00:00Z'))).toEqual({ status: 'unreachable', attempts: 3, retryOn: null });
    expect(decideUnreached({ ...retry, maxAttempts: 1 }, 0, cal, new Date('2026-11-27T02:00:00Z')).status).toBe('unreachable');
  });

  it('refuses plans that could never run', () => {
    expect(validatePlan({ kind: 'after-service', categories: [], afterDays: 1, maxAttempts: 0, retryAfterWorkingDays: 0, active: true })).toEqual([
      'maxAttempts must be at least 1',
      'retryAfterWorkingDays must be at least 1',
      'categories: name at least one, or null for every category',
    ]);
  });
});
