import { applyRmaChange } from './case-rma.projection';

const ref = { rmaId: 'r1', rmaNumber: 'RMA-1', type: 'advance-replacement' };

describe('the RMAs a case shows (R-RMA-2, R-RMA-3)', () => {
  it('waits on parts from approval until the spare is delivered', () => {
    let list = applyRmaChange([], { ...ref, sequence: 1, status: 'requested' });
    list = applyRmaChange(list, { ...ref, sequence: 2, status: 'approved', spareDueBy: '2026-11-24T09:00:00.000Z' });
    expect(list[0]).toMatchObject({ status: 'approved', waitingOnParts: true });
    list = applyRmaChange(list, { ...ref, sequence: 4, status: 'delivered', deliveredAt: '2026-11-25T02:00:00.000Z', returnDueOn: '2026-12-09' });
    expect(list[0]).toMatchObject({ status: 'delivered', waitingOnParts: false, returnDueOn: '2026-12-09' });
  });

  it('an older event arriving late adds what it knows and leaves the status alone', () => {
    let list = applyRmaChange([], { ...ref, sequence: 4, status: 'delivered', deliveredAt: '2026-11-25T02:00:00.000Z' });
    const shipment = { carrier: 'SF', trackingNumber: 'SF1', serialShipped: 'S2', shippedAt: '2026-11-24T08:00:00.000Z' };
    list = applyRmaChange(list, { ...ref, sequence: 3, status: 'shipped', shipment });
    expect(list).toEqual([expect.objectContaining({ status: 'delivered', sequence: 4, shipment })]);
  });
});
