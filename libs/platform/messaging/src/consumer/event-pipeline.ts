import { Logger } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { EventContract, EventEnvelope, eventEnvelopeSchema } from '@aftersales/contracts-core';
import { InvalidMessageError, PermanentError, describeError } from '../errors';
import { ResolvedMessagingOptions } from '../messaging.options';
import { EventContext } from '../messaging.types';
import { consumerProcessed, deadLettered } from '../metrics';
import { contractSubject } from '../naming';
import { OutboxService } from '../outbox/outbox.service';
import { DatabaseOutage } from '../outages';
import { consumerParentContext, inSpan } from '../tracing';

export interface HandlerBinding {
  contract: EventContract;
  durable: string;
  stream: string;
  filterSubject: string;
  maxDeliver: number;
  /** OnStream: any event of the stream, `data` unparsed. */
  wholeStream?: boolean;
  handler: (event: EventEnvelope, ctx: EventContext) => Promise<void>;
}

export interface Delivery {
  raw: string;
  subject: string;
  headers: Record<string, string>;
  deliveryCount: number;
  /** Resets the message's ack wait while we still hold it. */
  working?: () => void;
}

/**
 * `abandon`: neither ack nor nak; JetStream's ack wait and max_deliver advisory take it from there.
 * `hold`: the service's database is away; the caller keeps the message (working()) and processes it again when
 * the database is back, so an outage never counts toward max_deliver.
 */
export type Outcome = { kind: 'ack' } | { kind: 'nak'; delayMs: number } | { kind: 'term' } | { kind: 'abandon' } | { kind: 'hold' };

export type DeadLetterKind = 'invalid' | 'permanent' | 'max-deliver';

/**
 * What happens to one delivered message, the same for live consumption and dead-letter replay:
 * validate, then in ONE transaction insert the inbox row (no row = duplicate, skip) and run the handler.
 */
export class EventPipeline {
  private readonly logger = new Logger('EventPipeline');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly options: ResolvedMessagingOptions,
    readonly outage?: DatabaseOutage,
  ) {}

  /**
   * Whether a failure was the database going away rather than the handler's own: the error says the connection
   * broke, or the database does not answer right now. Either way the outage is noted (and logged once).
   */
  async databaseLost(error: unknown): Promise<boolean> {
    if (!this.outage) return false;
    return this.outage.noticed(error) || !(await this.outage.answers());
  }

  /** The envelope, with `data` parsed by the contract's schema; InvalidMessageError if either does not fit. */
  parse(binding: HandlerBinding, delivery: Pick<Delivery, 'raw' | 'subject'>): EventEnvelope {
    let json: unknown;
    try {
      json = JSON.parse(delivery.raw);
    } catch {
      throw new InvalidMessageError('payload is not JSON');
    }
    const envelope = eventEnvelopeSchema.safeParse(json);
    if (!envelope.success) throw new InvalidMessageError(`invalid envelope: ${envelope.error.message}`);
    if (binding.wholeStream) {
      const prefix = binding.contract.subject.slice(0, -1);
      if (!envelope.data.type.startsWith(prefix) || contractSubject(this.options.namespace, delivery.subject) !== envelope.data.type) {
        throw new InvalidMessageError(`expected an event of ${binding.contract.subject}, got type ${envelope.data.type} on ${delivery.subject}`);
      }
      return envelope.data;
    }
    const expected = binding.contract.subject;
    if (envelope.data.type !== expected || contractSubject(this.options.namespace, delivery.subject) !== expected) {
      throw new InvalidMessageError(`expected ${expected}, got type ${envelope.data.type} on ${delivery.subject}`);
    }
    const data = binding.contract.schema.safeParse(envelope.data.data);
    if (!data.success) throw new InvalidMessageError(`invalid data for ${expected}: ${data.error.message}`);
    return { ...envelope.data, data: data.data };
  }

  /** Runs the handler at most once per (consumer, event id), in its own transaction; throws what the handler threw. */
  apply(binding: HandlerBinding, envelope: EventEnvelope, deliveryCount: number, headers?: Record<string, string>): Promise<'applied' | 'duplicate'> {
    return this.traced(binding, envelope, headers, () => this.dataSource.transaction((manager) => this.applyIn(manager, binding, envelope, deliveryCount)));
  }

  /** A CONSUMER span, child of the publish span whose context travelled in the message headers. */
  traced<T>(binding: HandlerBinding, envelope: EventEnvelope, headers: Record<string, string> | undefined, fn: () => Promise<T>): Promise<T> {
    return inSpan(
      `${envelope.type} process`,
      SpanKind.CONSUMER,
      consumerParentContext(headers, envelope.traceparent),
      { 'messaging.system': 'nats', 'messaging.consumer.group.name': binding.durable, 'messaging.message.id': envelope.id },
      fn,
    );
  }

  /** The inbox gate and the handler, in the caller's transaction. */
  async applyIn(manager: EntityManager, binding: HandlerBinding, envelope: EventEnvelope, deliveryCount: number): Promise<'applied' | 'duplicate'> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO messaging_inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
      [binding.durable, envelope.id],
    );
    if (inserted.length === 0) return 'duplicate';
    const ctx: EventContext = {
      manager,
      deliveryCount,
      publish: (contract, input) => this.outbox.append(manager, contract, { ...input, correlationId: envelope.correlationId, causationId: envelope.id }),
    };
    await binding.handler(envelope, ctx);
    return 'applied';
  }

  /** Decides ack, nak or term for one delivery. `stopping` tells a retry loop to give up on shutdown. */
  async process(binding: HandlerBinding, delivery: Delivery, stopping: () => boolean = () => false): Promise<Outcome> {
    let envelope: EventEnvelope;
    try {
      envelope = this.parse(binding, delivery);
    } catch (error) {
      return this.deadLetter(binding, delivery, 'invalid', error, stopping);
    }
    try {
      const result = await this.apply(binding, envelope, delivery.deliveryCount, delivery.headers);
      consumerProcessed.inc({ consumer: binding.durable, outcome: result });
      return { kind: 'ack' };
    } catch (error) {
      if (isPermanent(error)) return this.deadLetter(binding, delivery, 'permanent', error, stopping, envelope.id);
      // Transient by definition, and not the event's fault: never counted toward max_deliver.
      if (await this.databaseLost(error)) {
        consumerProcessed.inc({ consumer: binding.durable, outcome: 'held' });
        return { kind: 'hold' };
      }
      if (delivery.deliveryCount >= binding.maxDeliver) return this.deadLetter(binding, delivery, 'max-deliver', error, stopping, envelope.id);
      consumerProcessed.inc({ consumer: binding.durable, outcome: 'retry' });
      const delayMs = this.backoff(delivery.deliveryCount);
      this.logger.warn(
        `${binding.durable}: ${envelope.type} ${envelope.id} failed on delivery ${delivery.deliveryCount}/${binding.maxDeliver}, ` +
          `retrying in ${delayMs} ms: ${(error as Error).message}`,
      );
      return { kind: 'nak', delayMs };
    }
  }

  /**
   * JetStream gave up on a message without an outcome from us (the process handling its last delivery died, or
   * its ack wait ran out): record it as a dead letter, unless the inbox shows it was applied after all.
   */
  async recordExhausted(binding: HandlerBinding, message: Pick<Delivery, 'raw' | 'subject' | 'headers'>, deliveries: number): Promise<boolean> {
    const eventId = extractId(message.raw);
    if (eventId) {
      const seen: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM messaging_inbox WHERE consumer = $1 AND event_id::text = $2
          UNION ALL SELECT 1 FROM messaging_dead_letter WHERE consumer = $1 AND event_id = $2 AND replayed_at IS NULL`,
        [binding.durable, eventId],
      );
      if (seen.length > 0) return false;
    }
    const error = new Error(`no outcome after ${deliveries} deliveries: the consumer stopped while handling it, or its ack wait ran out`);
    await this.insertDeadLetter(binding, { ...message, deliveryCount: deliveries }, 'max-deliver', error, eventId);
    this.logger.error(`${binding.durable}: message on ${message.subject} moved to dead letters (max-deliver): ${error.message}`);
    return true;
  }

  private backoff(deliveryCount: number): number {
    const delays = this.options.consumer.backoffMs;
    return delays[Math.min(Math.max(deliveryCount, 1) - 1, delays.length - 1)];
  }

  private async deadLetter(
    binding: HandlerBinding,
    delivery: Delivery,
    kind: DeadLetterKind,
    error: unknown,
    stopping: () => boolean,
    eventId: string | null = extractId(delivery.raw),
  ): Promise<Outcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.insertDeadLetter(binding, delivery, kind, error, eventId);
        break;
      } catch (dbError) {
        // Without its database nothing can be recorded; hold the message until it is back (uncounted).
        if (!stopping() && (await this.databaseLost(dbError))) return { kind: 'hold' };
        this.logger.error(`${binding.durable}: could not write dead letter (attempt ${attempt}): ${describeError(dbError)}`);
        // Never drop a message we could not record. Before its last delivery JetStream will bring it back.
        if (delivery.deliveryCount < binding.maxDeliver) return { kind: 'nak', delayMs: this.backoff(delivery.deliveryCount) };
        // On the last one nothing would: hold it and keep trying. On shutdown, the max_deliver advisory takes over.
        if (stopping()) return { kind: 'abandon' };
        delivery.working?.();
        await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 5000)));
      }
    }
    deadLettered.inc({ consumer: binding.durable, kind });
    consumerProcessed.inc({ consumer: binding.durable, outcome: 'dead-letter' });
    this.logger.error(`${binding.durable}: message on ${delivery.subject} moved to dead letters (${kind}): ${(error as Error)?.message ?? error}`);
    return { kind: 'term' };
  }

  private async insertDeadLetter(
    binding: HandlerBinding,
    delivery: Pick<Delivery, 'raw' | 'subject' | 'headers' | 'deliveryCount'>,
    kind: DeadLetterKind,
    error: unknown,
    eventId: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO messaging_dead_letter (id, consumer, stream, subject, event_id, payload, headers, error, error_kind, deliveries)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        uuidv7(),
        binding.durable,
        binding.stream,
        delivery.subject,
        eventId,
        // PostgreSQL text cannot hold NUL; everything else is kept as received.
        delivery.raw.replaceAll('\u0000', '\uFFFD'),
        delivery.headers,
        describeError(error).slice(0, 8000),
        kind,
        delivery.deliveryCount,
      ],
    );
  }
}

/** PermanentError, or any error that declares itself permanent (the service defaults' DomainError does). */
function isPermanent(error: unknown): boolean {
  return error instanceof PermanentError || (error as { permanent?: unknown })?.permanent === true;
}

function extractId(raw: string): string | null {
  try {
    const id = (JSON.parse(raw) as { id?: unknown }).id;
    return typeof id === 'string' ? id.slice(0, 200) : null;
  } catch {
    return null;
  }
}
