import { shortageChange } from './shortage';

describe('R-RMA-5: a shortage is reported once per crossing below the minimum', () => {
  it('at the minimum is not short; one below is', () => {
    expect(shortageChange({ onHand: 3, reserved: 0, minLevel: 3, short: false })).toBeNull();
    expect(shortageChange({ onHand: 3, reserved: 1, minLevel: 3, short: false })).toBe('detected');
  });

  it('still below after it was reported: nothing new to report', () => {
    expect(shortageChange({ onHand: 1, reserved: 1, minLevel: 3, short: true })).toBeNull();
  });

  it('back at the minimum clears it, so the next crossing is reported again', () => {
    expect(shortageChange({ onHand: 5, reserved: 2, minLevel: 3, short: true })).toBe('cleared');
    expect(shortageChange({ onHand: 5, reserved: 3, minLevel: 3, short: false })).toBe('detected');
  });

  it('no minimum (0) is never short, and lifting the minimum clears a shortage', () => {
    expect(shortageChange({ onHand: 0, reserved: 0, minLevel: 0, short: false })).toBeNull();
    expect(shortageChange({ onHand: 0, reserved: 0, minLevel: 0, short: true })).toBe('cleared');
  });
});
