/** R-RMA-5, cycle counts: the shelf is right, the books follow; the adjustment is what the books were off by. */
export function countAdjustment(expected: number, counted: number): number {
  return counted - expected;
}
