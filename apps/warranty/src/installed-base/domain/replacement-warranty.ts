/** The dates a replacement unit's warranty counts from (R-WA-1, R-WA-5). */
export interface WarrantyDates {
  purchaseDate: string | null;
  deliveryDate: string | null;
  acceptanceDate: string | null;
}

/**
 * R-WA-4 / R-RMA-2: the replacement of a faulty unit keeps the faulty unit's remaining warranty (its dates, so the
 * period ends where the old one would have), or, when the model's policy says so, starts a new warranty on the day
 * of the swap, whatever basis the model counts from.
 */
export function replacementWarrantyDates(policy: 'remaining' | 'new', faulty: WarrantyDates, swappedOn: string): WarrantyDates {
  if (policy === 'remaining') return { purchaseDate: faulty.purchaseDate, deliveryDate: faulty.deliveryDate, acceptanceDate: faulty.acceptanceDate };
  return { purchaseDate: swappedOn, deliveryDate: swappedOn, acceptanceDate: swappedOn };
}
