import { reservationAttempts, warehousesNearTo } from './warehouse-choice';

const warehouses = [
  { code: 'CENTRAL', kind: 'central' as const, region: null },
  { code: 'BR-EAST', kind: 'branch' as const, region: 'east' },
  { code: 'BR-WEST', kind: 'branch' as const, region: 'west' },
  { code: 'DEPOT-E', kind: 'depot' as const, region: 'east' },
  { code: 'DEPOT-N', kind: 'depot' as const, region: 'north' },
  { code: 'VAN-E1', kind: 'van' as const, region: 'east' },
];

describe('R-RMA-2 / R-RMA-5: the nearest warehouse that has the part', () => {
  it("given a customer in the east, tries the east branch, the east depot, central, then other regions' branches and depots", () => {
    expect(warehousesNearTo('east', warehouses).map((w) => w.code)).toEqual(['BR-EAST', 'DEPOT-E', 'CENTRAL', 'BR-WEST', 'DEPOT-N']);
  });

  it('never draws on an engineer van by nearness: a van is drawn on only by name', () => {
    expect(warehousesNearTo('east', warehouses).some((w) => w.kind === 'van')).toBe(false);
  });

  it('given a region without a warehouse of its own, central comes first', () => {
    expect(warehousesNearTo('south', warehouses).map((w) => w.code)).toEqual(['CENTRAL', 'BR-EAST', 'BR-WEST', 'DEPOT-E', 'DEPOT-N']);
  });
});

describe('R-RMA-2: the part itself before an equivalent-or-better substitute', () => {
  const order = ['BR-EAST', 'CENTRAL', 'BR-WEST'];

  it('takes the part one warehouse further away rather than a substitute nearby', () => {
    const attempts = reservationAttempts(['PSU-500W', 'PSU-550W'], order, [
      { warehouseCode: 'BR-EAST', partNumber: 'PSU-550W', available: 5 },
      { warehouseCode: 'BR-WEST', partNumber: 'PSU-500W', available: 1 },
    ], 1);
    expect(attempts[0]).toEqual({ partNumber: 'PSU-500W', warehouseCode: 'BR-WEST' });
    expect(attempts[1]).toEqual({ partNumber: 'PSU-550W', warehouseCode: 'BR-EAST' });
  });

  it('when the part is out everywhere, the best ranked substitute first, nearest first', () => {
    const attempts = reservationAttempts(['PSU-500W', 'PSU-550W', 'PSU-600W'], order, [
      { warehouseCode: 'BR-EAST', partNumber: 'PSU-600W', available: 3 },
      { warehouseCode: 'CENTRAL', partNumber: 'PSU-550W', available: 1 },
      { warehouseCode: 'BR-EAST', partNumber: 'PSU-500W', available: 0 },
    ], 1);
    expect(attempts).toEqual([
      { partNumber: 'PSU-550W', warehouseCode: 'CENTRAL' },
      { partNumber: 'PSU-600W', warehouseCode: 'BR-EAST' },
    ]);
  });

  it('leaves out a warehouse with fewer than asked for: 2 of 3 is not a reservation of 3', () => {
    expect(reservationAttempts(['FAN-80'], order, [{ warehouseCode: 'BR-EAST', partNumber: 'FAN-80', available: 2 }], 3)).toEqual([]);
    expect(reservationAttempts(['FAN-80'], order, [{ warehouseCode: 'BR-EAST', partNumber: 'FAN-80', available: 3 }], 3)).toEqual([{ partNumber: 'FAN-80', warehouseCode: 'BR-EAST' }]);
  });
});
