import { DateTime } from 'luxon';

/** A person's quiet hours in their own time zone, e.g. 22:00-08:00 (may span midnight). */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the quiet hours that contain `at` end, or null when `at` is outside them. The end is the next wall-clock
 * `end` in the person's zone (luxon keeps it right across daylight-saving changes).
 */
export function quietUntil(q: QuietHours, at: Date): Date | null {
  const local = DateTime.fromJSDate(at, { zone: q.timeZone });
  const now = local.hour * 60 + local.minute;
  const start = minutes(q.start);
  const end = minutes(q.end);
  if (start === end) return null;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  let until = local.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  if (until <= local) until = until.plus({ days: 1 });
  return until.toJSDate();
}

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

/**
 * R-SLA-7 with quiet hours: what wakes a person at night. P1 and P2 notices go through at any hour, and so do the
 * R-SLA-4 calls to an engineer (the customer is waiting now); a P3/P4 warning or breach waits for the morning.
 * Only SMS is held: email and the in-app inbox make no sound at night.
 */
export function holdsInQuietHours(notice: { priority: Priority | null; urgent: boolean }, channel: string): boolean {
  return channel === 'sms' && !isCritical(notice);
}

/** Critical notices pass quiet hours and rate limits: P1 and P2, and the urgent R-SLA-4 calls. */
export function isCritical(notice: { priority: string | null; urgent: boolean }): boolean {
  return notice.urgent || notice.priority === 'P1' || notice.priority === 'P2';
}
