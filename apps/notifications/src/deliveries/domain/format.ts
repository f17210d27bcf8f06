import { DateTime } from 'luxon';

/** A time as the person reads it: their zone, e.g. 2026-11-23 11:00 (Asia/Shanghai). */
export function localTime(iso: string | null, timeZone: string): string {
  if (!iso) return '-';
  return `${DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm')} (${timeZone})`;
}
