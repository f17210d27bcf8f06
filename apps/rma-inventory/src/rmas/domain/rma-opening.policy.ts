import type { RmaType } from '@aftersales/contracts-rma-inventory';

/**
 * What warranty's remedy asks rma-inventory to carry out (R-WA-3, R-WA-4): a unit defective on arrival is a DOA
 * exchange; a return within 7 days of purchase a return for refund (the customer may ask for an exchange instead,
 * which an agent opens); an exchange within 15 days an exchange; a replacement after three failed repairs goes out
 * as an advance replacement. Free repair and paid service need no RMA.
 */
export function rmaTypeForRemedy(remedy: string | undefined, defectiveOnArrival: boolean): RmaType | null {
  if (remedy === 'return-or-exchange' || remedy === 'exchange') {
    if (defectiveOnArrival) return 'doa-exchange';
    return remedy === 'exchange' ? 'return-for-exchange' : 'return-for-refund';
  }
  if (remedy === 'replacement') return 'advance-replacement';
  return null;
}
