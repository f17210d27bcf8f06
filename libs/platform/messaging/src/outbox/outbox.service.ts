import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventContract, EventData, EventEnvelope } from '@aftersales/contracts-core';
import { buildEnvelope, traceHeaders } from '../envelope';
import { MESSAGING_OPTIONS, ResolvedMessagingOptions } from '../messaging.options';
import { AppendEventInput } from '../messaging.types';
import { wireSubject } from '../naming';

/**
 * NOTIFY channel the relay listens on: one per service and namespace, so processes sharing a database server do
 * not wake each other. Lower-case letters, digits and `_` only, at most 63 bytes (a PostgreSQL identifier).
 */
export function outboxChannel(service: string, namespace: string): string {
  const channel = ['messaging_outbox', namespace, service].filter(Boolean).join('_').toLowerCase().replace(/[^a-z0-9_]/g, '_');
  if (channel.length <= 63) return channel;
  // Truncating alone could make two long namespaces share a channel.
  return `${channel.slice(0, 50)}_${createHash('sha256').update(channel).digest('hex').slice(0, 12)}`;
}

/**
 * Writes integration events in the caller's transaction (transactional outbox): the event exists if and only if
 * the state change committed. The relay publishes it afterwards.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions) {}

  /** Validates `input.data` against the contract (throws on a producer bug), stores the envelope, returns it. */
  async append<C extends EventContract>(manager: EntityManager, contract: C, input: AppendEventInput<C>): Promise<EventEnvelope<EventData<C>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`OutboxService.append(${contract.subject}) needs the EntityManager of an open transaction`);
    }
    const envelope = buildEnvelope(contract, { ...input, source: this.options.service });
    // One round trip: the row, and the NOTIFY that PostgreSQL delivers on commit (never for a rolled-back one).
    await manager.query(
      `WITH inserted AS (
         INSERT INTO messaging_outbox (event_id, wire_subject, aggregate_id, envelope, headers) VALUES ($1, $2, $3, $4, $5) RETURNING 1
       )
       SELECT pg_notify($6, '') FROM inserted`,
      [
        envelope.id,
        wireSubject(this.options.namespace, contract.subject),
        input.aggregateId,
        envelope,
        traceHeaders(envelope),
        outboxChannel(this.options.service, this.options.namespace),
      ],
    );
    return envelope;
  }
}
