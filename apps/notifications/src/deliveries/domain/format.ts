import { DateTime } from 'luxon';

/** A time as the person reads it: their zone, e.g. 2026-11-23 11:00 (Asia/Shanghai). */
export function localTime(iso: string | null, timeZone: string): string {
  if (!iso) return '-';
  return `${DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm')} (${timeZone})`;
}

/** At most `maxBytes` of UTF-8, cut at a character boundary, with … when cut (work-chat robots limit bytes). */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength('…', 'utf8');
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > budget) break;
    out += ch;
    used += size;
  }
  return `${out}…`;
}
