/**
 * R-DS-6: a repaired machine must not fail again with the same fault within 3 months. A new work order for the same
 * unit (serial number) and the same fault category within 3 calendar months of an earlier one's completion is a
 * repeat repair. Pure.
 */
import { DateTime } from 'luxon';

export const REPEAT_WINDOW_MONTHS = 3;

export interface PastRepair {
  workOrderId: string;
  serialNumber: string;
  category: string | null;
  completedAt: Date;
}

/** The most recent earlier repair this one repeats, if any. */
export function repeatedRepair(past: readonly PastRepair[], current: { serialNumber: string; category: string; at: Date }): PastRepair | null {
  const candidates = past.filter(
    (p) =>
      p.serialNumber === current.serialNumber &&
      p.category === current.category &&
      p.completedAt.getTime() <= current.at.getTime() &&
      DateTime.fromJSDate(p.completedAt, { zone: 'utc' }).plus({ months: REPEAT_WINDOW_MONTHS }).toMillis() >= current.at.getTime(),
  );
  return candidates.sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0] ?? null;
}
