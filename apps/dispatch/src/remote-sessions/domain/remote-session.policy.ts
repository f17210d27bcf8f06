/**
 * Remote sessions (R-DS-1: remote assistance with the customer's consent; R-DS-2: remote diagnosis comes before an
 * on-site visit wherever possible). Pure.
 */
export const REMOTE_OUTCOMES = ['resolved', 'needs-on-site', 'needs-parts', 'no-fault-found', 'aborted'] as const;
export type RemoteOutcome = (typeof REMOTE_OUTCOMES)[number];

/** Service modes where the engineer goes to the customer. */
const ON_SITE_MODES = new Set(['on-site', 'paid-service']);

export class RemoteRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** R-DS-2: an order that started as remote goes on site only after a remote session found it needs to. */
export function mayGoOnSite(serviceMode: string): boolean {
  return ON_SITE_MODES.has(serviceMode);
}

/** The service mode after a remote session: a session that needs the engineer on site (or parts fitted) turns it on-site. */
export function modeAfterSession(serviceMode: string, outcome: RemoteOutcome): string {
  return outcome === 'needs-on-site' || outcome === 'needs-parts' ? 'on-site' : serviceMode;
}

export function checkConsent(consentedAt: Date, startedAt: Date): void {
  if (consentedAt.getTime() > startedAt.getTime()) throw new RemoteRuleViolation('DISPATCH.CONSENT_AFTER_START', 'The customer’s consent must come before the session starts (R-DS-1)');
}
