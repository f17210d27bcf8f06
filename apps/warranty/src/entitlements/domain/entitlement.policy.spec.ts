import { DateTime } from 'luxon';
import { DecideInput, RuleOutcome, UnitRecord, WarrantyPolicy, allowedServiceModes, decideEntitlement, localDate, warrantyEnd } from './entitlement.policy';

const SHANGHAI = 'Asia/Shanghai';
const px2000: WarrantyPolicy = {
  modelCode: 'PX-2000',
  warrantyMonths: 12,
  startBasis: 'purchase',
  coverage: { parts: true, labour: true, onSite: true, travel: false },
};
const unit = (over: Partial<UnitRecord> = {}): UnitRecord => ({
  serialNumber: 'SN-1',
  modelCode: 'PX-2000',
  purchaseDate: '2026-03-02',
  deliveryDate: null,
  acceptanceDate: null,
  proofType: 'warranty-card',
  ...over,
});
/** An instant given as local wall-clock time in Shanghai. */
const shanghai = (local: string) => DateTime.fromISO(local, { zone: SHANGHAI }).toJSDate();
/** The last outcome recorded for a rule id. */
const last = (d: { rules: RuleOutcome[] }, rule: string) => d.rules.filter((r) => r.rule === rule).at(-1);
const decide = (over: Partial<DecideInput> = {}) =>
  decideEntitlement({
    serialNumber: 'SN-1',
    unit: unit(),
    policy: px2000,
    reported: { productModel: 'PX-2000', purchaseDate: null },
    at: shanghai('2026-11-23T10:00'),
    timeZone: SHANGHAI,
    ...over,
  });

describe('warranty period (R-WA-1)', () => {
  it.each([
    ['2026-03-02', 12, '2027-03-01'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-03-01', 1, '2026-03-31'],
    ['2024-01-31', 1, '2024-02-29'], // no 31 February: the period ends on the month's last day
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-23', 36, '2029-11-22'],
  ])('given a start on %s, when the warranty runs %i months, then the last covered day is %s', (start, months, end) => {
    expect(warrantyEnd(start, months)).toBe(end);
  });

  it('given the instant 2027-03-01 16:00 UTC, then the day in Shanghai is already 2 March', () => {
    expect(localDate(new Date('2027-03-01T16:00:00Z'), SHANGHAI)).toBe('2027-03-02');
    expect(localDate(new Date('2027-03-01T15:59:59Z'), SHANGHAI)).toBe('2027-03-01');
  });
});

describe('entitlement decision at the boundaries (R-WA-1, R-WA-7)', () => {
  it('given the last covered day at 23:59:59 in Shanghai, when a case opens, then it is in warranty', () => {
    const d = decide({ at: shanghai('2027-03-01T23:59:59') });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2026-03-02', warrantyEndsOn: '2027-03-01' });
    expect(last(d, 'R-WA-1')).toMatchObject({ rule: 'R-WA-1', outcome: 'passed' });
  });

  it('given 00:00 in Shanghai the day after (still the last day in UTC), when a case opens, then it is out of warranty', () => {
    const at = shanghai('2027-03-02T00:00:00');
    expect(at.toISOString()).toBe('2027-03-01T16:00:00.000Z');
    const d = decide({ at });
    expect(d.inWarranty).toBe(false);
    expect(d.warrantyEndsOn).toBe('2027-03-01');
    expect(last(d, 'R-WA-1')).toEqual({ rule: 'R-WA-1', outcome: 'failed', detail: 'warranty from 2026-03-02 to 2027-03-01 inclusive (Asia/Shanghai) ended before 2027-03-02' });
  });

  it('given the same instant decided in UTC, then the zone decides: still the last day there', () => {
    expect(decide({ at: shanghai('2027-03-02T00:00:00'), timeZone: 'UTC' }).inWarranty).toBe(true);
  });

  it('given the purchase day itself, then it is covered; the day before, it is not yet', () => {
    expect(decide({ at: shanghai('2026-03-02T00:00') }).inWarranty).toBe(true);
    const before = decide({ at: shanghai('2026-03-01T23:59') });
    expect(before.inWarranty).toBe(false);
    expect(last(before, 'R-WA-1')?.detail).toContain('has not started on 2026-03-01');
  });

  it('given an in-warranty unit, then every rule is listed in order with its outcome and detail, and the evidence', () => {
    const d = decide();
    expect(d.rules).toEqual([
      { rule: 'R-WA-1', outcome: 'passed', detail: 'policy PX-2000: 12 months from purchase, covering parts, labour, on-site' },
      { rule: 'R-WA-5', outcome: 'passed', detail: 'registered purchase date 2026-03-02 (proof: warranty-card) starts the warranty' },
      { rule: 'R-WA-1', outcome: 'passed', detail: 'warranty from 2026-03-02 to 2027-03-01 inclusive (Asia/Shanghai) covers 2026-11-23' },
      { rule: 'R-WA-6', outcome: 'not-applicable', detail: 'no service contract for this unit' },
      { rule: 'R-WA-2', outcome: 'not-applicable', detail: 'no diagnosis yet: no exclusion found' },
      { rule: 'R-WA-3', outcome: 'not-applicable', detail: 'no return or exchange requested' },
      { rule: 'R-WA-4', outcome: 'not-applicable', detail: 'no diagnosed fault yet: repeat repairs cannot be counted' },
      { rule: 'R-WA-8', outcome: 'not-applicable', detail: 'no service contract in force: software upgrades are not free under a contract' },
    ]);
    expect(d.remedy).toBe('free-repair');
    expect(d.evidence).toMatchObject({ decidedFor: '2026-11-23', timeZone: SHANGHAI, serialNumber: 'SN-1', unit: { proofType: 'warranty-card' }, policy: px2000 });
    expect(d.coverage).toEqual(px2000.coverage);
  });
});

describe('proof and start of the warranty (R-WA-5)', () => {
  it('given no warranty card but a delivery date, then the warranty starts at delivery', () => {
    const d = decide({ unit: unit({ proofType: 'invoice', purchaseDate: '2025-10-10', deliveryDate: '2025-12-01' }), at: shanghai('2026-11-30T12:00') });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2025-12-01', warrantyEndsOn: '2026-11-30' });
    expect(d.rules[1].detail).toBe('no warranty card (proof: invoice): the warranty starts at delivery, 2025-12-01');
    expect(decide({ unit: unit({ proofType: 'invoice', purchaseDate: '2025-10-10', deliveryDate: '2025-12-01' }), at: shanghai('2026-12-01T00:00') }).inWarranty).toBe(false);
  });

  it('given a warranty card, then the policy basis (purchase) counts even when a delivery date is known', () => {
    const d = decide({ unit: unit({ purchaseDate: '2025-10-10', deliveryDate: '2025-12-01' }), at: shanghai('2026-11-30T12:00') });
    expect(d).toMatchObject({ inWarranty: false, warrantyStartsOn: '2025-10-10', warrantyEndsOn: '2026-10-09' });
  });

  it('given no warranty card and no delivery date, then the registered purchase date counts', () => {
    const d = decide({ unit: unit({ proofType: 'none' }) });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2026-03-02' });
  });

  it('given a delivery-based policy, then the delivery date starts it', () => {
    const d = decide({ policy: { ...px2000, startBasis: 'delivery' }, unit: unit({ purchaseDate: '2025-11-01', deliveryDate: '2025-11-24' }) });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2025-11-24', warrantyEndsOn: '2026-11-23' });
  });

  it('given an acceptance-based policy without a warranty card, then final acceptance (completion) starts it, not delivery', () => {
    const d = decide({
      policy: { ...px2000, startBasis: 'acceptance' },
      unit: unit({ proofType: 'invoice', purchaseDate: '2025-10-01', deliveryDate: '2025-10-20', acceptanceDate: '2025-11-24' }),
    });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2025-11-24' });
    expect(d.rules[1].detail).toContain('starts at acceptance');
  });

  it('given an acceptance-based policy and no acceptance yet, then the start is not proven: out of warranty, saying so', () => {
    const d = decide({ policy: { ...px2000, startBasis: 'acceptance' }, unit: unit({ deliveryDate: null }) });
    expect(d.inWarranty).toBe(false);
    expect(last(d, 'R-WA-5')).toMatchObject({ rule: 'R-WA-5', outcome: 'failed' });
    expect(last(d, 'R-WA-5')?.detail).toContain('no registered acceptance date');
  });

  it('given a registered unit without a purchase date, then the purchase date reported on the case is used, and said so', () => {
    const d = decide({ unit: unit({ purchaseDate: null }), reported: { productModel: 'PX-2000', purchaseDate: '2026-06-01' } });
    expect(d).toMatchObject({ inWarranty: true, warrantyStartsOn: '2026-06-01' });
    expect(d.rules[1].detail).toContain('as reported on the case');
  });
});

describe('unknown units and models', () => {
  it('given an unregistered serial of a known model, then the purchase date reported on the case decides', () => {
    const d = decide({ unit: null, reported: { productModel: 'PX-2000', purchaseDate: '2026-10-01' } });
    expect(d).toMatchObject({ inWarranty: true, productModel: 'PX-2000', warrantyStartsOn: '2026-10-01', warrantyEndsOn: '2027-09-30' });
    expect(d.rules[1].detail).toBe('unit not registered: purchase date 2026-10-01 as reported on the case, proof to be checked');
  });

  it('given an unregistered serial and no reported purchase date, then out of warranty with the reason', () => {
    const d = decide({ unit: null });
    expect(d).toMatchObject({ inWarranty: false, warrantyStartsOn: null, warrantyEndsOn: null });
    expect(last(d, 'R-WA-5')).toEqual({ rule: 'R-WA-5', outcome: 'failed', detail: 'unit not registered and no purchase date reported: the warranty start is not proven' });
  });

  it('given an unknown model, then out of warranty with the reason, not an error', () => {
    const d = decide({ unit: null, policy: null, reported: { productModel: 'ZZ-9', purchaseDate: '2026-10-01' } });
    expect(d).toMatchObject({ inWarranty: false, productModel: 'ZZ-9', coverage: { parts: false, labour: false, onSite: false, travel: false } });
    expect(d.rules[0]).toEqual({ rule: 'R-WA-1', outcome: 'failed', detail: 'product model ZZ-9 is not known: no warranty policy applies' });
    // Without a policy there is no start or period to evaluate; the contract and evidence rules still are.
    expect(d.rules.map((r) => r.rule)).toEqual(['R-WA-1', 'R-WA-6', 'R-WA-2', 'R-WA-3', 'R-WA-4', 'R-WA-8']);
    expect(d.allowedServiceModes).toEqual(['phone', 'remote', 'paid-service', 'carry-in']);
  });
});

describe('allowed service modes', () => {
  it('given in warranty with on-site cover, then phone, remote, on-site, carry-in, mail-in', () => {
    expect(allowedServiceModes(true, px2000.coverage)).toEqual(['phone', 'remote', 'on-site', 'carry-in', 'mail-in']);
  });
  it('given in warranty without on-site cover, then no on-site', () => {
    expect(allowedServiceModes(true, { ...px2000.coverage, onSite: false })).toEqual(['phone', 'remote', 'carry-in', 'mail-in']);
  });
  it('given out of warranty, then paid service (R-WA-2, R-DS-7)', () => {
    expect(decide({ at: shanghai('2027-06-01T09:00') }).allowedServiceModes).toEqual(['phone', 'remote', 'paid-service', 'carry-in']);
  });
});
