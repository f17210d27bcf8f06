import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import type { DeliveryStatus } from '../domain/delivery-order';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';

export interface NewDelivery {
  endpointId: string;
  eventId: string;
  eventType: string;
  aggregateId: string;
  eventSequence: number;
  eventTime: Date;
  body: string;
  replay: number;
  status: DeliveryStatus;
  now: Date;
}

@Injectable()
export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  createEndpoint(m: EntityManager, input: { integratorId: string; url: string; subjects: string[]; ordered: boolean; secret: string; now: Date }): Promise<WebhookEndpointEntity> {
    const repo = m.getRepository(WebhookEndpointEntity);
    return repo.save(
      repo.create({ id: uuidv7(), ...input, status: 'enabled', failingSince: null, disabledAt: null, disabledReason: null, createdAt: input.now, version: 1 }),
    );
  }

  /** Enabled endpoints of active integrators: the ones events are fanned out to. */
  receivingEndpoints(m: EntityManager): Promise<WebhookEndpointEntity[]> {
    return m
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('e')
      .innerJoin('integrators', 'i', `i.id = e.integrator_id AND i.status = 'active'`)
      .where(`e.status = 'enabled'`)
      .getMany();
  }

  /** R-IG-2: a revoked integrator's endpoints receive nothing more, not even what was already queued. */
  async integratorActive(m: EntityManager, integratorId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM integrators WHERE id = $1 AND status = 'active'`, [integratorId]);
    return rows.length > 0;
  }

  endpointById(m: EntityManager | undefined, id: string): Promise<WebhookEndpointEntity | null> {
    return (m ?? this.dataSource.manager).getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  endpointForUpdate(m: EntityManager, id: string): Promise<WebhookEndpointEntity | null> {
    return m.getRepository(WebhookEndpointEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveEndpoint(m: EntityManager, e: WebhookEndpointEntity): Promise<WebhookEndpointEntity> {
    return m.getRepository(WebhookEndpointEntity).save(e);
  }

  /** Whether a delivery of an earlier event of the aggregate is still open for the endpoint (R-IG-4 order). */
  async hasOpenDelivery(m: EntityManager, endpointId: string, aggregateId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1 AND aggregate_id = $2 AND status IN ('waiting', 'pending') LIMIT 1`,
      [endpointId, aggregateId],
    );
    return rows.length > 0;
  }

  /** Inserts a delivery; null when this endpoint already has this event (a redelivered message after a crash). */
  async insertDelivery(m: EntityManager, d: NewDelivery): Promise<WebhookDeliveryEntity | null> {
    const id = uuidv7();
    const rows: unknown[] = await m.query(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, aggregate_id, event_sequence, event_time, body, replay, status, attempts, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11) ON CONFLICT DO NOTHING RETURNING id`,
      [id, d.endpointId, d.eventId, d.eventType, d.aggregateId, d.eventSequence, d.eventTime, d.body, d.replay, d.status, d.now],
    );
    return rows.length === 0 ? null : m.getRepository(WebhookDeliveryEntity).findOneByOrFail({ id });
  }

  deliveryForUpdate(m: EntityManager, id: string): Promise<WebhookDeliveryEntity | null> {
    return m.getRepository(WebhookDeliveryEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveDelivery(m: EntityManager, d: WebhookDeliveryEntity): Promise<WebhookDeliveryEntity> {
    return m.getRepository(WebhookDeliveryEntity).save(d);
  }

  nextWaiting(m: EntityManager, endpointId: string, aggregateId: string): Promise<WebhookDeliveryEntity | null> {
    return m
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where(`d.endpoint_id = :endpointId AND d.aggregate_id = :aggregateId AND d.status = 'waiting'`, { endpointId, aggregateId })
      .orderBy('d.event_sequence', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(1)
      .getOne();
  }

  pendingOf(m: EntityManager, endpointId: string): Promise<WebhookDeliveryEntity[]> {
    return m.getRepository(WebhookDeliveryEntity).find({ where: { endpointId, status: 'pending' } });
  }

  /** The first delivery of each event of the endpoint in the range (or of one event): what a manual replay sends again. */
  originals(m: EntityManager, endpointId: string, range: { eventId?: string; since?: Date; until?: Date }): Promise<WebhookDeliveryEntity[]> {
    const qb = m.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.endpoint_id = :endpointId AND d.replay = 0', { endpointId });
    if (range.eventId) qb.andWhere('d.event_id = :eventId', { eventId: range.eventId });
    if (range.since) qb.andWhere('d.event_time >= :since', { since: range.since });
    if (range.until) qb.andWhere('d.event_time < :until', { until: range.until });
    return qb.orderBy('d.event_time', 'ASC').addOrderBy('d.id', 'ASC').limit(10_000).getMany();
  }

  async nextReplayNumber(m: EntityManager, endpointId: string, eventId: string): Promise<number> {
    const [row] = await m.query(`SELECT coalesce(max(replay), 0) + 1 AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND event_id = $2`, [endpointId, eventId]);
    return Number(row.n);
  }

  recordAttempt(m: EntityManager, input: { delivery: WebhookDeliveryEntity; at: Date; statusCode: number | null; error: string | null; latencyMs: number }): Promise<WebhookAttemptEntity> {
    const repo = m.getRepository(WebhookAttemptEntity);
    return repo.save(
      repo.create({
        id: uuidv7(),
        deliveryId: input.delivery.id,
        endpointId: input.delivery.endpointId,
        attempt: input.delivery.attempts,
        attemptedAt: input.at,
        statusCode: input.statusCode,
        error: input.error,
        latencyMs: input.latencyMs,
      }),
    );
  }
}
