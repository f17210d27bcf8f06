/**
 * The services and the JetStream stream each one owns (notifications publishes nothing yet; its stream is reserved).
 * Only the producer creates or edits its stream (docs/architecture.md, "Delivery guarantees").
 */
export const SERVICE_NAMES = ['intake', 'dispatch', 'warranty', 'rma-inventory', 'complaints', 'surveys', 'notifications', 'integrations'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface StreamDefinition {
  /** JetStream stream name, e.g. `INTAKE`. */
  readonly stream: string;
  /** Subject token after `aftersales.`, e.g. `intake` or `rma`. */
  readonly subjectToken: string;
}

export const STREAMS: Readonly<Record<ServiceName, StreamDefinition>> = {
  intake: { stream: 'INTAKE', subjectToken: 'intake' },
  dispatch: { stream: 'DISPATCH', subjectToken: 'dispatch' },
  warranty: { stream: 'WARRANTY', subjectToken: 'warranty' },
  'rma-inventory': { stream: 'RMA', subjectToken: 'rma' },
  complaints: { stream: 'COMPLAINTS', subjectToken: 'complaints' },
  surveys: { stream: 'SURVEYS', subjectToken: 'surveys' },
  notifications: { stream: 'NOTIFICATIONS', subjectToken: 'notifications' },
  integrations: { stream: 'INTEGRATIONS', subjectToken: 'integrations' },
};

/** `aftersales.intake.>`: every subject a service's stream captures. */
export function streamSubjects(service: ServiceName): string {
  return `aftersales.${STREAMS[service].subjectToken}.>`;
}

export function serviceForSubjectToken(token: string): ServiceName | undefined {
  return SERVICE_NAMES.find((s) => STREAMS[s].subjectToken === token);
}
