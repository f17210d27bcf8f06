export { SERVICE_NAMES, STREAMS, streamSubjects, serviceForSubjectToken } from './services';
export type { ServiceName, StreamDefinition } from './services';
export { eventEnvelopeSchema } from './envelope';
export type { EventEnvelope } from './envelope';
export { defineEvent } from './define-event';
export type { EventContract, EventData } from './define-event';
export * from './values';
