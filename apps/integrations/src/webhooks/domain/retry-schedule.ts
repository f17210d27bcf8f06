/**
 * R-IG-5: when a failed delivery is tried again, the schedule of the Standard Webhooks specification: after the first
 * attempt 5 s, then 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (the last attempt 75 h 35 min 5 s after the first).
 */
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS: readonly number[] = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR];

/** How many attempts a delivery gets in all: the first and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * The wait before the next attempt after `attemptsMade` failed ones, or undefined when none is left. A server's
 * `Retry-After` is honoured when it asks for longer than the schedule (never shorter).
 */
export function nextRetryDelayMs(attemptsMade: number, retryAfterMs?: number): number | undefined {
  const scheduled = RETRY_DELAYS_MS[attemptsMade - 1];
  if (scheduled === undefined) return undefined;
  return retryAfterMs !== undefined && retryAfterMs > scheduled ? retryAfterMs : scheduled;
}

export type AttemptOutcome = 'delivered' | 'failed' | 'gone';

/** Any 2xx is a delivery; 3xx is a failure (redirects are not followed); 410 Gone disables the endpoint (R-IG-6). */
export function classifyResponse(status: number | undefined): AttemptOutcome {
  if (status === undefined) return 'failed';
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  return 'failed';
}
