/**
 * Property tests at every boundary of the entitlement decision (R-WA-1..8): for any dates, periods, zones and
 * evidence fast-check draws, the decision flips exactly at the boundary the rule names, and every rule is recorded.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, daysBetween } from './calendar-days';
import { DecideInput, UnitRecord, WarrantyPolicy, decideEntitlement, localDate, warrantyEnd, warrantyStart } from './entitlement.policy';
import { EXCLUDED_CAUSES, FAULT_CAUSES, FaultCause } from './exclusions.policy';
import { EXCHANGE_DAYS, RETURN_DAYS } from './return-exchange.policy';
import { ServiceContractTerms } from './service-contract.policy';

const SHANGHAI = 'Asia/Shanghai';
const ZONES = [SHANGHAI, 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
const ALL_RULES = ['R-WA-1', 'R-WA-5', 'R-WA-1', 'R-WA-6', 'R-WA-2', 'R-WA-3', 'R-WA-4', 'R-WA-8'];

/** Calendar dates from 2000 to 2060. */
const date = fc.integer({ min: 0, max: 60 * 366 }).map((n) => addDays('2000-01-01', n));
const months = fc.integer({ min: 1, max: 120 });
const basis = fc.constantFrom('purchase' as const, 'delivery' as const, 'acceptance' as const);
const proof = fc.constantFrom('invoice' as const, 'warranty-card' as const, 'none' as const);
const coverage = fc.record({ parts: fc.boolean(), labour: fc.boolean(), onSite: fc.boolean(), travel: fc.boolean() });
const zone = fc.constantFrom(...ZONES);
const nonExcluded = fc.constantFrom(...FAULT_CAUSES.filter((c) => !EXCLUDED_CAUSES.includes(c)));
const excluded = fc.constantFrom(...EXCLUDED_CAUSES);

const policy = (over: Partial<WarrantyPolicy> = {}): WarrantyPolicy => ({
  modelCode: 'PX-2000',
  warrantyMonths: 12,
  startBasis: 'purchase',
  coverage: { parts: true, labour: true, onSite: true, travel: false },
  ...over,
});
const unitBought = (purchaseDate: string, over: Partial<UnitRecord> = {}): UnitRecord => ({
  serialNumber: 'SN-1',
  modelCode: 'PX-2000',
  purchaseDate,
  deliveryDate: null,
  acceptanceDate: null,
  proofType: 'warranty-card',
  ...over,
});
/** Noon of a calendar day in a zone: far from either midnight. */
const noon = (day: string, timeZone = SHANGHAI) => DateTime.fromISO(`${day}T12:00:00`, { zone: timeZone }).toJSDate();
const decide = (over: Partial<DecideInput> & { at: Date }) =>
  decideEntitlement({
    serialNumber: 'SN-1',
    unit: unitBought('2026-03-02'),
    policy: policy(),
    reported: { productModel: 'PX-2000', purchaseDate: null },
    timeZone: SHANGHAI,
    ...over,
  });
const diagnosis = (cause: FaultCause, over: { faultCode?: string; defectiveOnArrival?: boolean } = {}) => ({
  faultCode: over.faultCode ?? 'PSU-FAIL',
  cause,
  defectiveOnArrival: over.defectiveOnArrival ?? false,
  diagnosedAt: '2026-11-23T10:00:00.000Z',
  by: null,
});
const contract = (startsOn: string, endsOn: string, over: Partial<ServiceContractTerms> = {}): ServiceContractTerms => ({
  contractId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c1',
  contractNumber: 'SC-1',
  tier: '7x24',
  slaPlanCode: 'premium-7x24',
  startsOn,
  endsOn,
  coverage: { parts: true, labour: true, onSite: true, travel: true },
  ...over,
});

describe('R-WA-1 period by start basis, for any start and length', () => {
  it('given any start, basis and months, then the first and last day are covered and the days either side are not', () => {
    fc.assert(
      fc.property(date, months, basis, (start, n, startBasis) => {
        const unit = unitBought(start, { deliveryDate: start, acceptanceDate: start });
        const p = policy({ warrantyMonths: n, startBasis });
        const end = warrantyEnd(start, n);
        expect(decide({ unit, policy: p, at: noon(start) }).inWarranty).toBe(true);
        expect(decide({ unit, policy: p, at: noon(end) }).inWarranty).toBe(true);
        expect(decide({ unit, policy: p, at: noon(addDays(start, -1)) }).inWarranty).toBe(false);
        expect(decide({ unit, policy: p, at: noon(addDays(end, 1)) })).toMatchObject({ inWarranty: false, remedy: 'paid-service' });
      }),
    );
  });

  it('given any start and months, then the period ends the day before the same day N months on, or on the last day of a shorter month', () => {
    fc.assert(
      fc.property(date, months, (start, n) => {
        const end = warrantyEnd(start, n);
        const from = DateTime.fromISO(start, { zone: 'UTC' });
        const target = from.startOf('month').plus({ months: n });
        const hasSameDay = from.day <= (target.daysInMonth as number);
        const expected = hasSameDay ? target.set({ day: from.day }).minus({ days: 1 }) : target.endOf('month');
        expect(end).toBe(expected.toISODate());
        // Never shorter than N months less a few days, never longer than N months.
        expect(daysBetween(start, end)).toBeGreaterThanOrEqual(n * 28 - 1);
        expect(daysBetween(start, end)).toBeLessThan(n * 31 + 1);
        // A later start never ends earlier.
        expect(warrantyEnd(addDays(start, 1), n) >= end).toBe(true);
      }),
    );
  });

  it('given a warranty card, then the policy basis date starts the warranty whatever other dates are registered', () => {
    fc.assert(
      fc.property(basis, date, date, date, (startBasis, purchase, delivery, acceptance) => {
        const unit = unitBought(purchase, { deliveryDate: delivery, acceptanceDate: acceptance, proofType: 'warranty-card' });
        const expected = { purchase, delivery, acceptance }[startBasis];
        expect(warrantyStart(policy({ startBasis }), unit, null).start).toBe(expected);
      }),
    );
  });
});

describe('R-WA-1 last day of warranty in the warranty time zone', () => {
  it('given any last day and zone, then 23:59:59.999 local is covered and 00:00 local the next day is not', () => {
    fc.assert(
      fc.property(date, zone, (start, timeZone) => {
        const end = warrantyEnd(start, 12);
        const lastMoment = DateTime.fromISO(`${end}T23:59:59.999`, { zone: timeZone }).toJSDate();
        const nextMidnight = new Date(lastMoment.getTime() + 1);
        const unit = unitBought(start);
        expect(decide({ unit, timeZone, at: lastMoment }).inWarranty).toBe(true);
        expect(decide({ unit, timeZone, at: nextMidnight }).inWarranty).toBe(false);
      }),
    );
  });

  it('given any last day, then the instants from 16:00 UTC on it are already the next day in Shanghai: out there, in for UTC', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 8 * 3600 - 1 }), (start, seconds) => {
        const end = warrantyEnd(start, 12);
        const at = new Date(Date.parse(`${end}T16:00:00Z`) + seconds * 1000);
        expect(localDate(at, SHANGHAI)).toBe(addDays(end, 1));
        const unit = unitBought(start);
        expect(decide({ unit, at, timeZone: SHANGHAI }).inWarranty).toBe(false);
        expect(decide({ unit, at, timeZone: 'UTC' }).inWarranty).toBe(true);
      }),
    );
  });
});

describe('R-WA-5 proof', () => {
  it('given no warranty card and a delivery date, then delivery starts the warranty (acceptance first for an acceptance policy)', () => {
    fc.assert(
      fc.property(basis, fc.constantFrom('invoice' as const, 'none' as const), date, date, fc.option(date, { nil: null }), (startBasis, proofType, purchase, delivery, acceptance) => {
        const unit = unitBought(purchase, { deliveryDate: delivery, acceptanceDate: acceptance, proofType });
        const expected = startBasis === 'acceptance' && acceptance ? acceptance : delivery;
        const { start, rule } = warrantyStart(policy({ startBasis }), unit, null);
        expect(start).toBe(expected);
        expect(rule).toMatchObject({ rule: 'R-WA-5', outcome: 'passed' });
      }),
    );
  });

  it('given no registered date for the basis and no reported purchase, then the start is not proven: paid service, saying so', () => {
    fc.assert(
      fc.property(proof, date, (proofType, at) => {
        const unit = unitBought('2020-01-01', { purchaseDate: null, proofType });
        const d = decide({ unit, at: noon(at) });
        expect(d).toMatchObject({ inWarranty: false, remedy: 'paid-service', warrantyStartsOn: null });
        expect(d.rules.find((r) => r.rule === 'R-WA-5')).toMatchObject({ outcome: 'failed' });
      }),
    );
  });
});

describe('R-WA-2 exclusions from the diagnosis', () => {
  it('given any in-warranty day, when the diagnosis finds damage, modification or misuse, then paid service with no cover', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), excluded, (day, cause) => {
        const d = decide({ at: noon(addDays('2026-03-02', day)), diagnosis: diagnosis(cause) });
        expect(d).toMatchObject({ inWarranty: false, remedy: 'paid-service', coverage: { parts: false, labour: false, onSite: false, travel: false } });
        expect(d.allowedServiceModes).toContain('paid-service');
        expect(d.rules.find((r) => r.rule === 'R-WA-2')).toMatchObject({ outcome: 'failed' });
      }),
    );
  });

  it('given any in-warranty day, when the diagnosis finds a defect, wear or no cause, then the free repair stands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), nonExcluded, (day, cause) => {
        const d = decide({ at: noon(addDays('2026-03-02', day)), diagnosis: diagnosis(cause) });
        expect(d).toMatchObject({ inWarranty: true, remedy: 'free-repair' });
        expect(d.rules.find((r) => r.rule === 'R-WA-2')).toMatchObject({ outcome: 'passed' });
      }),
    );
  });

  it('given a contract in force, then an excluded cause is still paid service: a contract does not cover damage', () => {
    fc.assert(
      fc.property(excluded, (cause) => {
        const d = decide({ at: noon('2028-06-01'), contracts: [contract('2027-03-02', '2029-03-01')], diagnosis: diagnosis(cause) });
        expect(d).toMatchObject({ inWarranty: false, remedy: 'paid-service', slaPlanCode: 'premium-7x24' });
      }),
    );
  });
});

describe('R-WA-3 7-day return, 15-day exchange, DOA', () => {
  const request = { reason: 'quality-problem' as const, complete: true };

  it('given any purchase date, then days 0..7 return or exchange, days 8..15 exchange only, from day 16 a repair', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), zone, (purchase, day, timeZone) => {
        const d = decide({ unit: unitBought(purchase), at: noon(addDays(purchase, day), timeZone), timeZone, returnRequest: request });
        const expected = day <= RETURN_DAYS ? 'return-or-exchange' : day <= EXCHANGE_DAYS ? 'exchange' : 'free-repair';
        expect(d.remedy).toBe(expected);
        expect(d.allowedServiceModes.includes('return-exchange')).toBe(day <= EXCHANGE_DAYS);
      }),
    );
  });

  it('given day 7 and day 8, day 15 and day 16 at the last and first second of the day in Shanghai, then the remedy flips there', () => {
    const at = (day: number, time: string) => DateTime.fromISO(`${addDays('2026-11-01', day)}T${time}`, { zone: SHANGHAI }).toJSDate();
    const remedy = (day: number, time: string) => decide({ unit: unitBought('2026-11-01'), at: at(day, time), returnRequest: request }).remedy;
    expect(remedy(7, '23:59:59')).toBe('return-or-exchange');
    expect(remedy(8, '00:00:00')).toBe('exchange');
    expect(remedy(15, '23:59:59')).toBe('exchange');
    expect(remedy(16, '00:00:00')).toBe('free-repair');
  });

  it('given any day, even after the warranty, when the unit is defective on arrival, then it is returned or exchanged unconditionally', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.constantFrom(null, { reason: 'other' as const, complete: false }), (day, returnRequest) => {
        const d = decide({ at: noon(addDays('2026-03-02', day)), diagnosis: diagnosis('product-defect', { defectiveOnArrival: true }), returnRequest });
        expect(d.remedy).toBe('return-or-exchange');
        expect(d.rules.find((r) => r.rule === 'R-WA-3')).toMatchObject({ outcome: 'passed', detail: expect.stringContaining('DOA') });
      }),
    );
  });

  it('given a day within 7, when the reason is not a quality problem or the unit is incomplete or damaged, then no return', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: RETURN_DAYS }), fc.constantFrom({ reason: 'other' as const, complete: true }, { reason: 'mismatch' as const, complete: false }), (day, returnRequest) => {
        const d = decide({ unit: unitBought('2026-11-01'), at: noon(addDays('2026-11-01', day)), returnRequest });
        expect(d.remedy).toBe('free-repair');
        expect(d.rules.find((r) => r.rule === 'R-WA-3')).toMatchObject({ outcome: 'failed' });
      }),
    );
    const damaged = decide({ unit: unitBought('2026-11-01'), at: noon('2026-11-03'), returnRequest: request, diagnosis: diagnosis('human-damage') });
    expect(damaged.remedy).toBe('paid-service');
  });
});

describe('R-WA-4 the same fault back after three repairs', () => {
  const repair = (faultCode: string, repairedOn: string, i: number) => ({ caseId: `case-${i}`, faultCode, repairedOn });

  it('given n earlier repairs of the same fault within the period, then a replacement exactly when n >= 3 (the fault is back after the third repair)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 5 }), (same, other) => {
        const history = [...same.map((d, i) => repair('PSU-FAIL', addDays('2026-03-02', d), i)), ...other.map((d, i) => repair('FAN-NOISE', addDays('2026-03-02', d), 10 + i))];
        const d = decide({ at: noon('2027-01-10'), diagnosis: diagnosis('product-defect'), repairHistory: history });
        expect(d.remedy).toBe(same.length >= 3 ? 'replacement' : 'free-repair');
        expect(d.inWarranty).toBe(true);
      }),
    );
  });

  it('given earlier repairs of the fault outside the warranty period, then they do not count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 1, max: 400 }), (n, daysBefore) => {
        const history = Array.from({ length: n }, (_, i) => repair('PSU-FAIL', addDays('2026-03-02', -daysBefore - i), i));
        expect(decide({ at: noon('2026-06-01'), diagnosis: diagnosis('wear'), repairHistory: history }).remedy).toBe('free-repair');
      }),
    );
  });

  it('given repairs but no warranty on the day, then paid service, never a free replacement', () => {
    const history = [repair('PSU-FAIL', '2026-04-01', 1), repair('PSU-FAIL', '2026-05-01', 2), repair('PSU-FAIL', '2026-06-01', 3)];
    expect(decide({ at: noon('2027-06-01'), diagnosis: diagnosis('wear'), repairHistory: history }).remedy).toBe('paid-service');
  });
});

describe('R-WA-6 contract overrides', () => {
  it('given any contract term, then it covers its first and last day after the warranty ended, with its SLA plan, and not the day after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 1100 }), fc.constantFrom('standard', 'premium-7x24'), (gap, length, slaPlanCode) => {
        const startsOn = addDays('2027-03-02', gap);
        const endsOn = addDays(startsOn, length);
        const contracts = [contract(startsOn, endsOn, { slaPlanCode, coverage: { parts: true, labour: true, onSite: false, travel: false } })];
        for (const day of [startsOn, endsOn]) {
          const d = decide({ at: noon(day), contracts });
          expect(d).toMatchObject({ inWarranty: true, remedy: 'free-repair', slaPlanCode, freeSoftwareUpgrades: true, contract: { contractNumber: 'SC-1' } });
          expect(d.allowedServiceModes).not.toContain('on-site');
        }
        expect(decide({ at: noon(addDays(endsOn, 1)), contracts })).toMatchObject({ inWarranty: false, slaPlanCode: null, contract: null, freeSoftwareUpgrades: false });
      }),
    );
  });

  it('given a contract within the warranty, then the cover is the union of both and the plan is the contract`s', () => {
    fc.assert(
      fc.property(coverage, coverage, (base, extra) => {
        const d = decide({ policy: policy({ coverage: base }), at: noon('2026-06-01'), contracts: [contract('2026-03-02', '2029-03-01', { coverage: extra })] });
        expect(d.coverage).toEqual({ parts: base.parts || extra.parts, labour: base.labour || extra.labour, onSite: base.onSite || extra.onSite, travel: base.travel || extra.travel });
        expect(d.slaPlanCode).toBe('premium-7x24');
      }),
    );
  });
});

describe('R-WA-7 every decision is explained', () => {
  it('given any inputs, then every rule is listed once in a fixed order with an outcome and a detail, and the evidence holds the inputs', () => {
    fc.assert(
      fc.property(
        date,
        fc.option(date, { nil: null }),
        basis,
        proof,
        fc.integer({ min: 0, max: 120 }),
        fc.option(fc.constantFrom(...FAULT_CAUSES), { nil: null }),
        fc.boolean(),
        fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
        (at, purchase, startBasis, proofType, n, cause, doa, contractOffset) => {
          const contracts = contractOffset === null ? [] : [contract(addDays(at, contractOffset), addDays(at, contractOffset + 10))];
          const input = {
            unit: unitBought(purchase ?? at, { purchaseDate: purchase, deliveryDate: purchase, proofType }),
            policy: policy({ warrantyMonths: n, startBasis }),
            at: noon(at),
            contracts,
            diagnosis: cause ? diagnosis(cause, { defectiveOnArrival: doa }) : null,
          };
          const d = decide(input);
          const ids = d.rules.map((r) => r.rule);
          // R-WA-1 period is only evaluated once a start is proven.
          expect(ids).toEqual(ALL_RULES.filter((r, i) => i !== 2 || d.warrantyStartsOn !== null));
          for (const r of d.rules) {
            expect(['passed', 'failed', 'not-applicable']).toContain(r.outcome);
            expect(r.detail.length).toBeGreaterThan(10);
          }
          expect(d.evidence).toMatchObject({ decidedFor: at, unit: input.unit, policy: input.policy, contracts, diagnosis: input.diagnosis });
          // Free service and the remedy agree.
          if (d.remedy === 'free-repair' || d.remedy === 'replacement') expect(d.inWarranty).toBe(true);
          if (!d.inWarranty) expect(d.coverage).toEqual({ parts: false, labour: false, onSite: false, travel: false });
        },
      ),
    );
  });
});
