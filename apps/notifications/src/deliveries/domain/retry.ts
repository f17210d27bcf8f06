/**
 * Exponential backoff for a transient failure: base, 2x, 4x ... capped at `capMs`, so that once a provider is back a
 * waiting notice goes within the cap. `attempt` is the one that failed (1-based). Never gives up: a provider outage
 * loses nothing (issue #10).
 */
export function retryDelayMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(baseMs * 2 ** Math.min(attempt - 1, 30), capMs);
}

/** A transient failure of this attempt is reported (log, metric) as a provider outage, once: the delivery keeps waiting. */
export function isStalled(attempt: number, reportAfter: number): boolean {
  return attempt === reportAfter;
}

/** What a channel answered: sent, or a failure that is worth retrying (transient) or not (permanent). */
export type SendOutcome =
  | { ok: true; providerRef: string | null }
  | { ok: false; retryable: boolean; reason: string };
