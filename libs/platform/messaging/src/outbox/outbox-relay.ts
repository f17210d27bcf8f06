import { Logger } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { describeError } from '../errors';
import { ResolvedMessagingOptions } from '../messaging.options';
import { OutboxBacklog, outboxPublishFailures, outboxPublished, outboxPurged, outboxRepublished, registerOutboxProbe } from '../metrics';
import { NatsContext } from '../nats-connection';
import { DatabaseOutage } from '../outages';
import { contextFromCarrier, inSpan, natsHeadersWithTrace } from '../tracing';
import { outboxChannel } from './outbox.service';

interface OutboxRow {
  position: string;
  event_id: string;
  wire_subject: string;
  envelope: Record<string, unknown>;
  headers: Record<string, string>;
}

const MAX_BACKOFF_MS = 10_000;
/** Sent rows deleted per statement: a purge never holds many row locks or one long transaction. */
const PURGE_BATCH = 1000;
/** Batches per purge round: a table that grew before purging existed shrinks over a few rounds, not in one. */
const PURGE_BATCHES_PER_ROUND = 20;

/**
 * Publishes committed outbox rows to JetStream, in position order, with Nats-Msg-Id = event id.
 * Woken by NOTIFY right after a commit; a polling sweep catches anything a lost notification left behind.
 * A transaction-scoped advisory lock lets one relay at a time publish (across replicas), which keeps order.
 * A crash after publishing but before marking sent re-publishes on restart, and the stream's duplicate
 * window drops the copy.
 *
 * JetStream acknowledges a publish before it reaches the disk (2.9 fsyncs every 2 minutes), so a NATS host that
 * crashes can lose events already marked sent here. Sent rows are therefore kept for `republishWindowMs` and that
 * tail is published again, with the same Nats-Msg-Id, at start, after every reconnect and once per window: the
 * server drops what it still holds (duplicate window >= republish window), stores what it lost, and consumers
 * dedupe by event id anyway. Rows older than the window are purged in bounded batches.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private relisten?: NodeJS.Timeout;
  private sweep?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  /** Consecutive failed batches; after one, nothing is tried before `retryAt` (exponential backoff). */
  private failures = 0;
  private retryAt = 0;
  private unregisterProbe?: () => void;
  private unsubscribeReconnect?: () => void;
  private housekeeping?: NodeJS.Timeout;
  private lastPurge = 0;
  /** Republish rows sent after this instant (ms) before anything new goes out; undefined when none is due. */
  private republishFrom?: number;
  /** Where the republish round in progress has got to (outbox position). */
  private republishAfter = '0';
  private round = { republished: 0, restored: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsContext,
    private readonly options: ResolvedMessagingOptions,
    private readonly outage?: DatabaseOutage,
  ) {}

  get lockKey(): string {
    return `messaging_outbox:${this.options.namespace}:${this.options.service}`;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    // This process may have started after a NATS crash it never saw: the tail goes out again once.
    this.requestRepublish(Date.now());
    this.unsubscribeReconnect = this.nats.onReconnect((lostAt) => {
      // Measured from when the connection was lost: a long outage must not push the lost tail out of the window.
      this.requestRepublish(lostAt);
      this.retryAt = 0;
      clearTimeout(this.retry);
      this.kick();
    });
    await this.listen(1);
    this.sweep = setInterval(() => this.kick(), this.options.relay.pollIntervalMs);
    this.sweep.unref();
    // Once per window: a crash of the stream's nodes that this connection did not see (it was on another node).
    this.housekeeping = setInterval(() => this.requestRepublish(Date.now()), this.options.relay.republishWindowMs);
    this.housekeeping.unref();
    this.unregisterProbe = registerOutboxProbe(this.options.service, () => this.backlog());
    this.kick();
  }

  /** Asks for the rows sent within the window before `reference` (ms) to be published again, ahead of new ones. */
  requestRepublish(reference: number): void {
    const from = reference - this.options.relay.republishWindowMs;
    // A round in progress goes on from where it is, unless this one reaches further back.
    if (this.republishFrom !== undefined && from >= this.republishFrom) return;
    this.republishFrom = from;
    this.republishAfter = '0';
  }

  /** Lets the batch in progress finish (it commits what it published), then closes the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    clearInterval(this.housekeeping);
    this.unsubscribeReconnect?.();
    clearTimeout(this.retry);
    clearTimeout(this.relisten);
    this.unregisterProbe?.();
    this.unregisterProbe = undefined;
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /**
   * Shutdown: what the last handlers committed is published now rather than by the next replica's sweep, then
   * the relay stops. A failure here only leaves rows for the next relay; it never loses them.
   */
  async kickAndStop(): Promise<void> {
    if (this.stopped) return;
    this.retryAt = 0;
    this.kick();
    while (this.running) await this.running;
    await this.stop();
  }

  /** Publish now, or right after the batch in progress; during a backoff, when it ends. */
  kick(): void {
    if (this.stopped || Date.now() < this.retryAt) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.again = false;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) this.kick();
    });
  }

  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
         FROM messaging_outbox WHERE sent_at IS NULL`,
    );
    return { backlog: row.backlog, oldestAgeSeconds: row.age };
  }

  private async drain(): Promise<void> {
    try {
      // Nothing can go out; the tail sent just before the loss is republished after the reconnect.
      if (!this.nats.isConnected()) return this.backOff();
      // What the stream may have lost goes out before anything new, which keeps the per-aggregate order.
      while (!this.stopped && this.republishFrom !== undefined) {
        const { claimed, failed } = await this.republishBatch(this.republishFrom);
        if (failed) return this.backOff();
        if (claimed < this.options.relay.batchSize) {
          this.republishFrom = undefined;
          this.endRound();
        }
      }
      while (!this.stopped) {
        const { claimed, failed } = await this.publishBatch();
        if (failed) return this.backOff();
        this.failures = 0;
        if (claimed < this.options.relay.batchSize) break;
      }
      await this.purgeIfDue();
    } catch (error) {
      // The database itself failed (or the lock holder's connection broke): same backoff, the rows stay unsent.
      // A lost connection is logged once per outage (DatabaseOutage), not once per batch.
      if (!this.outage?.noticed(error)) this.logger.error(`outbox relay batch failed: ${describeError(error)}`);
      this.backOff();
    }
  }

  /**
   * Publishes sent rows again, in position order, with their own Nats-Msg-Id. A duplicate answer means the stream
   * still had the event; anything else means it had lost it and holds it now.
   */
  private republishBatch(fromMs: number): Promise<{ claimed: number; failed: boolean }> {
    return this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [this.lockKey]);
      if (!locked) return { claimed: 0, failed: false };
      const rows: OutboxRow[] = await m.query(
        `SELECT position, event_id, wire_subject, envelope, headers FROM messaging_outbox
          WHERE sent_at IS NOT NULL AND sent_at >= $1 AND position > $2 ORDER BY position LIMIT $3`,
        [new Date(fromMs), this.republishAfter, this.options.relay.batchSize],
      );
      if (this.stopped || rows.length === 0) return { claimed: 0, failed: false };
      // All of a batch at once: one connection keeps their order, and a window of thousands goes out in seconds.
      const acks = await Promise.allSettled(rows.map((row) => this.publish(row) as Promise<{ duplicate?: boolean }>));
      const failure = acks.find((a): a is PromiseRejectedResult => a.status === 'rejected');
      if (failure) {
        // The whole batch goes again next time; what did get through is a duplicate then.
        if (this.nats.isConnected()) this.logger.warn(`republishing outbox events failed: ${(failure.reason as Error)?.message ?? failure.reason}`);
        return { claimed: rows.length, failed: true };
      }
      for (const ack of acks as PromiseFulfilledResult<{ duplicate?: boolean }>[]) {
        const outcome = ack.value?.duplicate ? 'duplicate' : 'restored';
        if (outcome === 'restored') this.round.restored++;
        outboxRepublished.inc({ service: this.options.service, outcome });
      }
      this.round.republished += rows.length;
      this.republishAfter = rows[rows.length - 1].position;
      return { claimed: rows.length, failed: false };
    });
  }

  /** One line per republish round, and only when the stream had lost something: that is worth an operator's look. */
  private endRound(): void {
    const { republished, restored } = this.round;
    this.round = { republished: 0, restored: 0 };
    if (restored > 0) {
      this.logger.warn(`republished ${republished} recent event(s); the stream had lost ${restored} of them and holds them again`);
    }
  }

  /** Deletes rows sent longer ago than the republish window; never while a republish is still due. */
  private async purgeIfDue(): Promise<void> {
    const every = Math.min(Math.max(this.options.relay.republishWindowMs / 10, this.options.relay.pollIntervalMs), 60_000);
    if (this.republishFrom !== undefined || Date.now() - this.lastPurge < every) return;
    this.lastPurge = Date.now();
    let purged = 0;
    for (let i = 0; i < PURGE_BATCHES_PER_ROUND && !this.stopped; i++) {
      const deleted: unknown[] = await this.dataSource.query(
        `DELETE FROM messaging_outbox WHERE position IN (
           SELECT position FROM messaging_outbox
            WHERE sent_at IS NOT NULL AND sent_at < now() - $1 * interval '1 millisecond'
            ORDER BY position LIMIT $2)
         RETURNING position`,
        [this.options.relay.republishWindowMs, PURGE_BATCH],
      );
      purged += deleted.length;
      if (deleted.length < PURGE_BATCH) break;
    }
    if (purged > 0) outboxPurged.inc({ service: this.options.service }, purged);
  }

  /** Not a sleep inside the batch: shutdown must not wait for a backoff to run out. */
  private backOff(): void {
    this.failures++;
    const delay = Math.min(200 * 2 ** (this.failures - 1), MAX_BACKOFF_MS);
    this.retryAt = Date.now() + delay;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retryAt = 0;
      this.kick();
    }, delay);
    this.retry.unref();
  }

  private publishBatch(): Promise<{ claimed: number; failed: boolean }> {
    return this.dataSource.transaction(async (m) => {
      // One publisher per service at a time across replicas: two relays interleaving would break the order.
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [this.lockKey]);
      if (!locked) return { claimed: 0, failed: false };
      const rows: OutboxRow[] = await m.query(
        `SELECT position, event_id, wire_subject, envelope, headers FROM messaging_outbox
          WHERE sent_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE`,
        [this.options.relay.batchSize],
      );
      const sent: string[] = [];
      let failed = false;
      for (const row of rows) {
        if (this.stopped) break; // shutting down: commit what went out, leave the rest for the next relay
        try {
          await this.publish(row);
        } catch (error) {
          failed = true;
          outboxPublishFailures.inc({ service: this.options.service });
          // While NATS is away the connection's own lines say so; one per attempt would repeat them every backoff.
          if (this.nats.isConnected()) this.logger.warn(`publishing outbox event ${row.event_id} failed: ${(error as Error).message}`);
          // The stream may have lost what it acknowledged just before (its nodes went down while this connection
          // stayed up): once publishing works again, the tail goes out first.
          this.requestRepublish(Date.now());
          await m.query(`UPDATE messaging_outbox SET attempts = attempts + 1, last_error = $2 WHERE position = $1`, [
            row.position,
            describeError(error).slice(0, 4000),
          ]);
          break; // keep order: nothing after a failed event goes out before it
        }
        sent.push(row.position);
        await this.options.relay.afterPublish?.(row.event_id);
      }
      if (sent.length > 0) {
        await m.query(`UPDATE messaging_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE position = ANY($1::bigint[])`, [
          sent,
        ]);
        outboxPublished.inc({ service: this.options.service }, sent.length);
      }
      return { claimed: rows.length, failed };
    });
  }

  /** A PRODUCER span in the context the event was written in, so the trace continues from the request. */
  private publish(row: OutboxRow): Promise<unknown> {
    const type = String(row.envelope.type);
    return inSpan(
      `${type} publish`,
      SpanKind.PRODUCER,
      contextFromCarrier(row.headers),
      { 'messaging.system': 'nats', 'messaging.destination.name': row.wire_subject, 'messaging.message.id': row.event_id },
      () => this.nats.js.publish(row.wire_subject, JSON.stringify(row.envelope), { msgID: row.event_id, headers: natsHeadersWithTrace() }),
    );
  }

  /** LISTEN on a dedicated connection (a pooled one would be returned to the pool); reconnects with backoff. */
  private async listen(attempt: number): Promise<void> {
    if (this.stopped) return;
    const client = new Client(listenerConfig(this.dataSource.options as PostgresConnectionOptions, this.options.service));
    const onLost = (reason: string) => {
      if (this.listener !== client) return; // not listening yet (connect fails below), or already replaced
      this.listener = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      if (!this.outage?.isDown()) {
        this.logger.warn(`outbox LISTEN connection lost (${reason}); the ${this.options.relay.pollIntervalMs} ms sweep covers until it is back`);
      }
      this.scheduleListen(1);
    };
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      // A broken connection is how a database outage usually shows first: it is logged once, as such.
      this.outage?.noticed(error);
      onLost(error.message);
    });
    client.on('end', () => onLost('closed'));
    try {
      await client.connect();
      await client.query(`LISTEN "${outboxChannel(this.options.service, this.options.namespace)}"`);
    } catch (error) {
      void client.end().catch(() => undefined);
      if (!this.outage?.noticed(error)) this.logger.warn(`outbox LISTEN failed (attempt ${attempt}): ${(error as Error).message}; the sweep covers meanwhile`);
      this.scheduleListen(attempt + 1);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Commits made while we were not listening sent their NOTIFY to nobody.
    if (attempt > 1) this.kick();
  }

  private scheduleListen(attempt: number): void {
    clearTimeout(this.relisten);
    this.relisten = setTimeout(() => void this.listen(attempt), Math.min(500 * 2 ** (attempt - 1), MAX_BACKOFF_MS));
    this.relisten.unref();
  }
}

/** The same server and credentials as the application's DataSource, whether it was given a URL or parts. */
function listenerConfig(o: PostgresConnectionOptions, service: string): ClientConfig {
  const common: ClientConfig = { application_name: `${service}-outbox-listener`, ssl: o.ssl as ClientConfig['ssl'], connectionTimeoutMillis: 5000 };
  if (o.url) return { ...common, connectionString: o.url };
  return { ...common, host: o.host, port: o.port, user: o.username, password: o.password as ClientConfig['password'], database: o.database };
}
