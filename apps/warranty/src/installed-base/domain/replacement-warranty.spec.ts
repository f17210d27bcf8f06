import { replacementWarrantyDates } from './replacement-warranty';

describe('R-WA-4: the warranty of a replacement unit', () => {
  const faulty = { purchaseDate: '2026-03-02', deliveryDate: '2026-03-05', acceptanceDate: null };

  it('keeps the remaining warranty: the faulty unit’s dates', () => {
    expect(replacementWarrantyDates('remaining', faulty, '2026-11-25')).toEqual(faulty);
  });

  it('or starts a new one on the day of the swap', () => {
    expect(replacementWarrantyDates('new', faulty, '2026-11-25')).toEqual({ purchaseDate: '2026-11-25', deliveryDate: '2026-11-25', acceptanceDate: '2026-11-25' });
  });
});
