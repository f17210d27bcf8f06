/** R-IG-6: an endpoint whose every attempt has failed for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3_600_000;

export const ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];
export type DisableReason = 'failing' | 'gone';

export interface EndpointHealth {
  status: EndpointStatus;
  /** The first failed attempt since the last delivered one; null while it delivers. */
  failingSince: Date | null;
}

export interface HealthChange extends EndpointHealth {
  disabled?: DisableReason;
}

/** After one attempt: a delivery clears the failing streak; a failure starts it or, after 5 days of it, disables. */
export function afterAttempt(health: EndpointHealth, outcome: 'delivered' | 'failed' | 'gone', now: Date): HealthChange {
  if (health.status === 'disabled') return health;
  if (outcome === 'delivered') return { status: 'enabled', failingSince: null };
  if (outcome === 'gone') return { status: 'disabled', failingSince: health.failingSince ?? now, disabled: 'gone' };
  const failingSince = health.failingSince ?? now;
  if (now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) return { status: 'disabled', failingSince, disabled: 'failing' };
  return { status: 'enabled', failingSince };
}
