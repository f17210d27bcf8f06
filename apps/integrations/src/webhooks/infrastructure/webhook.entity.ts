import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeliveryStatus } from '../domain/delivery-order';
import type { DisableReason, EndpointStatus } from '../domain/endpoint-health';

/**
 * An integrator's webhook endpoint (R-IG-4). `secret` is the `whsec_` signing secret: kept as it is, because every
 * delivery is signed with it (Standard Webhooks' symmetric scheme); it never leaves the service but to its owner.
 */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'integrator_id', type: 'uuid' }) integratorId!: string;
  @Column({ type: 'text' }) url!: string;
  @Column({ type: 'text', array: true }) subjects!: string[];
  @Column({ type: 'boolean' }) ordered!: boolean;
  @Column({ type: 'text' }) secret!: string;
  @Column({ type: 'text' }) status!: EndpointStatus;
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true }) failingSince!: Date | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @Column({ name: 'disabled_reason', type: 'text', nullable: true }) disabledReason!: DisableReason | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'int' }) version!: number;
}

/** One event for one endpoint; `body` is exactly the bytes posted and signed. `replay` > 0: sent again by hand. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'endpoint_id', type: 'uuid' }) endpointId!: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'aggregate_id', type: 'text' }) aggregateId!: string;
  @Column({ name: 'event_sequence', type: 'int' }) eventSequence!: number;
  @Column({ name: 'event_time', type: 'timestamptz' }) eventTime!: Date;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'int' }) replay!: number;
  @Column({ type: 'text' }) status!: DeliveryStatus;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ name: 'last_status', type: 'int', nullable: true }) lastStatus!: number | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
}

/** R-IG-5: every attempt, with the answer's status (null: no answer) and how long it took. */
@Entity({ name: 'webhook_attempts' })
export class WebhookAttemptEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'delivery_id', type: 'uuid' }) deliveryId!: string;
  @Column({ name: 'endpoint_id', type: 'uuid' }) endpointId!: string;
  @Column({ type: 'int' }) attempt!: number;
  @Column({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt!: Date;
  @Column({ name: 'status_code', type: 'int', nullable: true }) statusCode!: number | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ name: 'latency_ms', type: 'int' }) latencyMs!: number;
}
