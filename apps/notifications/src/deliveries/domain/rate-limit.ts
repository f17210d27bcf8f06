/**
 * A per-person SMS rate limit over a sliding window: with `limit` sends in the window, the next may go when the
 * oldest of them leaves it. Returns null when one may go now. `sentAt` are the person's sends within the window.
 */
export function rateLimitedUntil(sentAt: readonly Date[], limit: number, windowMs: number, now: Date): Date | null {
  const inWindow = sentAt.filter((t) => t.getTime() > now.getTime() - windowMs).map((t) => t.getTime()).sort((a, b) => a - b);
  if (limit <= 0 || inWindow.length < limit) return null;
  return new Date(inWindow[inWindow.length - limit] + windowMs);
}
