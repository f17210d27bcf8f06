import { daysBetween } from './calendar-days';
import type { RuleOutcome } from './entitlement.types';

/** R-WA-3 (三包): return within 7 days of purchase, exchange within 15. */
export const RETURN_DAYS = 7;
export const EXCHANGE_DAYS = 15;

/** A customer's request to return or exchange the unit instead of having it repaired. */
export interface ReturnExchangeRequest {
  /** Quality problem or mismatch with the description qualify; anything else does not. null: not checked yet. */
  reason: 'quality-problem' | 'mismatch' | 'other' | null;
  /** Complete, undamaged, with original packaging and accessories. null: not inspected yet. */
  complete: boolean | null;
}

export type ReturnExchangeRemedy = 'return-or-exchange' | 'exchange' | null;

/**
 * R-WA-3. Days are counted from the day after purchase (Civil Code art. 201: a period counted in days starts the
 * next day), so a purchase on 1 March may be returned up to and including 8 March (day 7), exchanged up to 16 March
 * (day 15). A defective-on-arrival unit (DOA) is returned or exchanged unconditionally: whatever the day, the
 * packaging or the request. A reason or condition not checked yet passes, subject to inspection.
 */
export function evaluateReturnExchange(input: {
  request: ReturnExchangeRequest | null;
  purchaseDate: string | null;
  decidedFor: string;
  defectiveOnArrival: boolean;
  /** R-WA-2 found damage, modification or misuse: not a quality problem. */
  excluded: boolean;
}): { remedy: ReturnExchangeRemedy; rule: RuleOutcome } {
  const rule = (outcome: RuleOutcome['outcome'], detail: string): RuleOutcome => ({ rule: 'R-WA-3', outcome, detail });
  if (input.defectiveOnArrival) {
    return { remedy: 'return-or-exchange', rule: rule('passed', 'defective on arrival (DOA): returned or exchanged unconditionally') };
  }
  if (!input.request) return { remedy: null, rule: rule('not-applicable', 'no return or exchange requested') };
  if (!input.purchaseDate) return { remedy: null, rule: rule('failed', 'no purchase date proven: the 7-day return and 15-day exchange cannot be counted') };
  const day = daysBetween(input.purchaseDate, input.decidedFor);
  const counted = `day ${day} after purchase on ${input.purchaseDate}`;
  if (input.excluded) return { remedy: null, rule: rule('failed', `${counted}, but the diagnosis found damage, modification or misuse: not a quality problem`) };
  if (input.request.reason === 'other') return { remedy: null, rule: rule('failed', `${counted}, but only a quality problem or a mismatch with the description qualifies`) };
  if (input.request.complete === false) {
    return { remedy: null, rule: rule('failed', `${counted}, but the unit is not complete and undamaged with its original packaging and accessories`) };
  }
  if (day < 0) return { remedy: null, rule: rule('failed', `${input.decidedFor} is before the purchase on ${input.purchaseDate}`) };
  const pending = input.request.reason === null || input.request.complete === null ? ', subject to inspection of the reason and the condition' : '';
  if (day <= RETURN_DAYS) return { remedy: 'return-or-exchange', rule: rule('passed', `${counted}: within ${RETURN_DAYS} days, return or exchange${pending}`) };
  if (day <= EXCHANGE_DAYS) return { remedy: 'exchange', rule: rule('passed', `${counted}: past ${RETURN_DAYS} days, within ${EXCHANGE_DAYS}: exchange only${pending}`) };
  return { remedy: null, rule: rule('failed', `${counted}: past the ${EXCHANGE_DAYS}-day exchange period, repair under warranty instead`) };
}
