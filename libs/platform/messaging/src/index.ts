/**
 * The JetStream backbone (docs/architecture.md, "Delivery guarantees"): transactional outbox + relay, durable pull
 * consumers with an inbox, dead letters with replay, stream provisioning by the producer, trace propagation.
 *
 * - MessagingModule.forRootAsync({ imports?, inject?, useFactory: () => MessagingOptions }): global; needs the
 *   default TypeORM DataSource.
 * - OutboxService.append(manager, contract, { aggregateId, sequence, data }) inside the state change's transaction.
 * - @OnEvent(contract, { name? }) on a provider method `(event, ctx: EventContext) => Promise<void>`.
 * - @OnStream(producer, { name? }): the same for every event of a producer's stream, `data` unparsed (webhook relays).
 * - PermanentError: retrying cannot help, dead-letter at once.
 * - DatabaseOutage / isConnectionLost: a lost database or NATS connection is transient; logged once per outage.
 * - messagingEntities + CreateMessagingTables1732320000000: every service's TypeORM entities and first migration.
 */
export * from './messaging.types';
export { wireSubject, contractSubject, wireStreamName, wireStreamSubjects, durableName } from './naming';
export { MessagingModule, MessagingHealth, MessagingRuntime } from './messaging.module';
export type { MessagingModuleAsyncOptions } from './messaging.module';
export { OutboxService, outboxChannel } from './outbox/outbox.service';
export { OnEvent, OnStream } from './consumer/on-event.decorator';
export { PermanentError, InvalidMessageError } from './errors';
export { DatabaseOutage, isConnectionLost, isDatabaseConnectionLost, isNatsConnectionLost } from './outages';
export { DeadLetterService } from './dead-letters/dead-letter.service';
export type { DeadLetterView, DeadLetterDetail, DeadLetterFilter } from './dead-letters/dead-letter.queries';
export { messagingEntities, OutboxRecord, InboxRecord, DeadLetterRecord, CreateMessagingTables1732320000000 } from './infrastructure';
export { buildEnvelope } from './envelope';
export { NatsContext } from './nats-connection';
export { provisionOwnStream } from './stream-provisioner';
