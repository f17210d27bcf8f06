import { IllegalDepotStep, allowedDepotSteps, nextDepotStep } from './depot-repair.lifecycle';

describe('R-RMA-6: the depot steps', () => {
  it('a paid repair is quoted before it is repaired; a free one goes straight to the bench', () => {
    expect(allowedDepotSteps('diagnosed', true)).toEqual(['quoted']);
    expect(allowedDepotSteps('diagnosed', false)).toEqual(['repaired']);
    expect(() => nextDepotStep('diagnosed', 'repaired', true)).toThrow(IllegalDepotStep);
  });

  it('a failed QC goes back to the bench; nothing follows the shipment back', () => {
    expect(nextDepotStep('qc-failed', 'repaired', false)).toBe('repaired');
    expect(allowedDepotSteps('shipped-back', false)).toEqual([]);
  });
});
