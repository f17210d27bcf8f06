/** Exponential backoff for a failed send: base, 2x, 4x ... capped at an hour. `attempt` is the one that failed (1-based). */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 3_600_000);
}

/** What a channel answered: sent, or a failure that is worth retrying (transient) or not (permanent). */
export type SendOutcome =
  | { ok: true; providerRef: string | null }
  | { ok: false; retryable: boolean; reason: string };
