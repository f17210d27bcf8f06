import type { RmaReasonCode, RmaType } from '@aftersales/contracts-rma-inventory';

export interface ShippingDecision {
  payer: 'company' | 'customer';
  rule: string;
}

const QUALITY: readonly RmaReasonCode[] = ['hardware-fault', 'defective-on-arrival', 'quality-problem', 'not-as-described'];
/** R-WA-2 causes that are the customer's doing. */
const CUSTOMER_CAUSES = ['human-damage', 'accidental-damage', 'unauthorised-modification', 'unauthorised-repair', 'misuse'];

/**
 * R-RMA-8: the company pays all shipping for a quality problem or goods not as described (a DOA unit and a confirmed
 * hardware fault are quality problems); the customer pays for anything else, and for damage they caused, together
 * with any repair. Damage found by the diagnosis wins over the reason the customer gave.
 */
export function decideShippingPayer(input: { type: RmaType; reasonCodes: readonly RmaReasonCode[]; cause: string | null }): ShippingDecision {
  if (input.type === 'standby-loan') return { payer: 'company', rule: 'R-RMA-8: a standby unit lent on a visit (R-DS-5) is collected at the company’s cost' };
  if (input.cause && CUSTOMER_CAUSES.includes(input.cause)) {
    return { payer: 'customer', rule: `R-RMA-8: damage caused by the customer (${input.cause}): the customer pays the shipping, together with any repair` };
  }
  if (input.reasonCodes.includes('customer-damage')) {
    return { payer: 'customer', rule: 'R-RMA-8: damage caused by the customer: the customer pays the shipping, together with any repair' };
  }
  const quality = input.reasonCodes.find((r) => QUALITY.includes(r));
  if (quality) {
    const what = quality === 'not-as-described' ? 'goods not as described' : quality === 'defective-on-arrival' ? 'defective on arrival, a quality problem' : 'a quality problem';
    return { payer: 'company', rule: `R-RMA-8: ${what}: the company pays all shipping` };
  }
  return { payer: 'customer', rule: `R-RMA-8: no quality problem (${input.reasonCodes.join(', ') || 'no reason given'}): the customer pays the shipping` };
}
