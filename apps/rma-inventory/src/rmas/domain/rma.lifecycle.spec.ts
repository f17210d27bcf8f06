import { IllegalRmaTransition, allowedTransitions, transitionRma } from './rma.lifecycle';

describe('R-RMA-1: the lifecycle of each kind of RMA', () => {
  it('an advance replacement ships before the faulty unit comes back', () => {
    expect(allowedTransitions('advance-replacement', 'approved')).toEqual(['shipped', 'cancelled']);
    expect(transitionRma('advance-replacement', 'delivered', 'charged')).toBe('charged');
  });

  it('a refund return gets the goods back first and cannot ship', () => {
    expect(() => transitionRma('return-for-refund', 'approved', 'shipped')).toThrow(IllegalRmaTransition);
    try {
      transitionRma('return-for-refund', 'approved', 'shipped');
    } catch (e) {
      expect((e as IllegalRmaTransition).allowed).toEqual(['received', 'cancelled']);
    }
  });

  it('nothing follows a closed RMA', () => {
    expect(allowedTransitions('doa-exchange', 'closed')).toEqual([]);
  });
});
