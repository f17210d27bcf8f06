import { decideShippingPayer } from './shipping-payer.policy';

describe('R-RMA-8: who pays the shipping', () => {
  it('the company, for a quality problem or goods not as described', () => {
    expect(decideShippingPayer({ type: 'return-for-refund', reasonCodes: ['not-as-described'], cause: null })).toEqual({
      payer: 'company',
      rule: 'R-RMA-8: goods not as described: the company pays all shipping',
    });
    expect(decideShippingPayer({ type: 'doa-exchange', reasonCodes: ['defective-on-arrival'], cause: null }).payer).toBe('company');
  });

  it('the customer, for anything else', () => {
    expect(decideShippingPayer({ type: 'return-for-refund', reasonCodes: ['changed-mind'], cause: null })).toEqual({
      payer: 'customer',
      rule: 'R-RMA-8: no quality problem (changed-mind): the customer pays the shipping',
    });
  });

  it('the customer, for damage they caused, whatever reason they gave', () => {
    expect(decideShippingPayer({ type: 'repair-and-return', reasonCodes: ['hardware-fault'], cause: 'human-damage' })).toEqual({
      payer: 'customer',
      rule: 'R-RMA-8: damage caused by the customer (human-damage): the customer pays the shipping, together with any repair',
    });
  });
});
