/**
 * R-RMA-5: managers keep enough of each kind, and shortages are reported. A warehouse's part is short while what
 * is available (on hand less reserved) is below its minimum; the report is made once per crossing below, and
 * once more when it is back at or above the minimum, so a new crossing is reported again.
 */
export type ShortageChange = 'detected' | 'cleared' | null;

export function shortageChange(level: { onHand: number; reserved: number; minLevel: number; short: boolean }): ShortageChange {
  const below = level.minLevel > 0 && level.onHand - level.reserved < level.minLevel;
  if (below && !level.short) return 'detected';
  if (!below && level.short) return 'cleared';
  return null;
}
