import { countAdjustment } from './count';

describe('R-RMA-5: a cycle count sets the books to the shelf', () => {
  it('fewer on the shelf than in the books: a negative adjustment', () => {
    expect(countAdjustment(4, 3)).toBe(-1);
  });
  it('more on the shelf: a positive one; the same: none', () => {
    expect(countAdjustment(2, 5)).toBe(3);
    expect(countAdjustment(7, 7)).toBe(0);
  });
});
