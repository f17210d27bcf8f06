import fc from 'fast-check';
import { ClaimTransitionError, claimable, decideClaim } from './claim.lifecycle';
import { PriceList, UnknownPartError, labourAmount, priceQuote } from './quote.policy';

const priceList: PriceList = { code: 'CN-2026', currency: 'CNY', labourRatePerHourMinor: 18_000, travelFeeMinor: 15_000, parts: { 'PSU-500W': 42_000, 'FAN-80': 3_550 } };

describe('paid service quote (R-DS-7)', () => {
  it('given parts, 90 minutes of labour and an on-site visit, then parts + labour + travel in integer fen', () => {
    const q = priceQuote({ priceList, parts: [{ partNumber: 'PSU-500W', quantity: 1 }, { partNumber: 'FAN-80', quantity: 2 }], labourMinutes: 90, onSite: true, servicePackage: null });
    expect(q.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['part', 42_000],
      ['part', 7_100],
      ['labour', 27_000],
      ['travel', 15_000],
    ]);
    expect(q).toMatchObject({ currency: 'CNY', subtotalMinor: 91_100, deductions: [], totalMinor: 91_100 });
  });

  it('given a carry-in repair, then no travel is charged', () => {
    expect(priceQuote({ priceList, parts: [], labourMinutes: 60, onSite: false, servicePackage: null }).lines.map((l) => l.kind)).toEqual(['labour']);
  });

  it('given a service package, then what it covers is deducted: allowance, minutes, travel', () => {
    const q = priceQuote({
      priceList,
      parts: [{ partNumber: 'PSU-500W', quantity: 1 }],
      labourMinutes: 90,
      onSite: true,
      servicePackage: { packageNumber: 'PK-1', labourMinutes: 60, travel: true, partsAllowanceMinor: 10_000 },
    });
    expect(q.deductions.map((d) => [d.kind, d.amountMinor])).toEqual([
      ['part', 10_000],
      ['labour', 18_000],
      ['travel', 15_000],
    ]);
    expect(q.totalMinor).toBe(84_000 - 10_000 - 18_000 - 15_000 + 0);
  });

  it('given a part not on the price list, then it is refused by name', () => {
    expect(() => priceQuote({ priceList, parts: [{ partNumber: 'GPU-9', quantity: 1 }], labourMinutes: 0, onSite: false, servicePackage: null })).toThrow(UnknownPartError);
  });

  it('given labour at 7 fen an hour for 5 minutes, then it rounds half up: 0.583 -> 1', () => {
    expect(labourAmount(7, 5)).toBe(1);
    expect(labourAmount(6, 5)).toBe(1); // exactly 0.5
    expect(labourAmount(5, 5)).toBe(0);
  });

  it('given any parts, minutes, visit and package, then amounts are integers, deductions never exceed their line, and the total is never negative', () => {
    const part = fc.record({ partNumber: fc.constantFrom('PSU-500W', 'FAN-80'), quantity: fc.integer({ min: 1, max: 20 }) });
    const pkg = fc.option(fc.record({ packageNumber: fc.constant('PK'), labourMinutes: fc.integer({ min: 0, max: 600 }), travel: fc.boolean(), partsAllowanceMinor: fc.integer({ min: 0, max: 1_000_000 }) }), { nil: null });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), fc.integer({ min: 0, max: 2_000 }), fc.boolean(), pkg, fc.integer({ min: 0, max: 100_000 }), (parts, labourMinutes, onSite, servicePackage, rate) => {
        const q = priceQuote({ priceList: { ...priceList, labourRatePerHourMinor: rate }, parts, labourMinutes, onSite, servicePackage });
        for (const v of [q.subtotalMinor, q.totalMinor, ...q.lines.map((l) => l.amountMinor), ...q.deductions.map((d) => d.amountMinor)]) expect(Number.isSafeInteger(v)).toBe(true);
        for (const kind of ['part', 'labour', 'travel'] as const) {
          const charged = q.lines.filter((l) => l.kind === kind).reduce((a, l) => a + l.amountMinor, 0);
          const deducted = q.deductions.filter((d) => d.kind === kind).reduce((a, d) => a + d.amountMinor, 0);
          expect(deducted).toBeLessThanOrEqual(charged);
        }
        expect(q.totalMinor).toBeGreaterThanOrEqual(0);
        expect(q.totalMinor).toBe(q.subtotalMinor - q.deductions.reduce((a, d) => a + d.amountMinor, 0));
        // Without a package nothing is deducted; labour never costs more than the rate for the minutes rounded up.
        if (!servicePackage) expect(q.totalMinor).toBe(q.subtotalMinor);
        expect(q.lines.find((l) => l.kind === 'labour')?.amountMinor ?? 0).toBeLessThanOrEqual(Math.ceil((rate * labourMinutes) / 60));
      }),
    );
  });
});

describe('warranty claims', () => {
  it('given a submitted claim, then it is approved, or rejected with a reason, once', () => {
    expect(decideClaim('submitted', { action: 'approve', reason: null })).toEqual({ status: 'approved', reason: null });
    expect(decideClaim('submitted', { action: 'reject', reason: 'part not returned' })).toEqual({ status: 'rejected', reason: 'part not returned' });
    expect(() => decideClaim('submitted', { action: 'reject', reason: '  ' })).toThrow(ClaimTransitionError);
    expect(() => decideClaim('approved', { action: 'reject', reason: 'late' })).toThrow('the claim was already approved');
    expect(() => decideClaim('rejected', { action: 'approve', reason: null })).toThrow(ClaimTransitionError);
  });

  it('given a decision, then only free service is claimable', () => {
    expect(['free-repair', 'replacement', 'return-or-exchange', 'exchange', 'paid-service'].map(claimable)).toEqual([true, true, true, true, false]);
  });
});
