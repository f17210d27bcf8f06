import type { EventContract, EventData, EventEnvelope, ServiceName } from '@aftersales/contracts-core';
import type { EntityManager } from 'typeorm';

export interface MessagingOptions {
  /** The service this process is. It provisions only its own stream. */
  service: ServiceName;
  natsUrl: string;
  /**
   * Deployment namespace, '' in production. When set, stream names become `<NAMESPACE>_<STREAM>` and wire
   * subjects `<namespace>.aftersales...`, so tests and e2e runs are isolated on one NATS server.
   * Envelope `type` never carries the namespace.
   */
  namespace?: string;
  /** Provision this service's stream and run the outbox relay (default true). */
  publishes?: boolean;
  /**
   * JetStream duplicate window of the stream, ms (default 15 min; at least 2 min and at least
   * relay.republishWindowMs, so a republished event the stream still holds is dropped by the server).
   */
  duplicateWindowMs?: number;
  /** Replicas of the stream (NATS_STREAM_REPLICAS; default 1, 3 on a 3-node cluster); a change is applied at start. */
  streamReplicas?: number;
  relay?: {
    /**
     * How long sent outbox rows are kept and published again (same Nats-Msg-Id) after a reconnect, at start and
     * on a schedule, because JetStream acknowledges before its data reaches the disk (default 10 min).
     */
    republishWindowMs?: number;
    /** Safety-net sweep interval when no NOTIFY arrives (default 1000 ms). */
    pollIntervalMs?: number;
    /** Rows claimed per relay batch (default 100). */
    batchSize?: number;
    /** Test hook: runs after a publish and before the row is marked sent (crash-safety tests kill the process here). */
    afterPublish?: (eventId: string) => void | Promise<void>;
  };
  consumer?: {
    /** Deliveries before a failing message goes to the dead letters (default 5). */
    maxDeliver?: number;
    /** Ack wait, ms (default 30 s). */
    ackWaitMs?: number;
    /** nak delays by delivery attempt, ms (default [200, 1000, 5000, 15000]). */
    backoffMs?: number[];
    /** How often the running service looks for dead letters whose replay was requested (default 2000 ms). */
    replaySweepMs?: number;
    /**
     * Messages pulled at a time per consumer and process (default 16). Pulled ones wait in memory, kept alive with
     * working() so their ack wait does not run out; the consumer's max_ack_pending (4 x this, shared by the
     * replicas) bounds how many are held in all.
     */
    maxMessages?: number;
  };
}

export interface AppendEventInput<C extends EventContract> {
  /** Id of the aggregate the event is about (envelope `subject`). */
  aggregateId: string;
  /** Per-aggregate version after this change (envelope `sequence`). */
  sequence: number;
  data: EventData<C>;
  /** Defaults to a new id (a new causal chain). */
  correlationId?: string;
  causationId?: string | null;
}

/** Given to every event handler. */
export interface EventContext {
  /** The transaction the handler runs in; the inbox row is written in it too. Commit => ack. */
  manager: EntityManager;
  /** Append an event in the same transaction, caused by the one being handled (correlation carried over). */
  publish<C extends EventContract>(contract: C, input: Omit<AppendEventInput<C>, 'correlationId' | 'causationId'>): Promise<EventEnvelope<EventData<C>>>;
  /** 1 on the first delivery. */
  deliveryCount: number;
}

export interface OnEventOptions {
  /**
   * The purpose, part of the durable consumer name `<service>__<name>`; defaults to the method name in kebab case.
   * One durable consumer per service and purpose: replicas share it.
   */
  name?: string;
  maxDeliver?: number;
}

export type EventHandlerMethod<C extends EventContract> = (event: EventEnvelope<EventData<C>>, context: EventContext) => Promise<void>;
