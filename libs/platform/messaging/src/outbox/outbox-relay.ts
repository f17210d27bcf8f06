import { Logger } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { describeError } from '../errors';
import { ResolvedMessagingOptions } from '../messaging.options';
import { OutboxBacklog, outboxPublishFailures, outboxPublished, registerOutboxProbe } from '../metrics';
import { NatsContext } from '../nats-connection';
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

/**
 * Publishes committed outbox rows to JetStream, in position order, with Nats-Msg-Id = event id.
 * Woken by NOTIFY right after a commit; a polling sweep catches anything a lost notification left behind.
 * A transaction-scoped advisory lock lets one relay at a time publish (across replicas), which keeps order.
 * A crash after publishing but before marking sent re-publishes on restart, and the stream's duplicate
 * window drops the copy.
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsContext,
    private readonly options: ResolvedMessagingOptions,
  ) {}

  get lockKey(): string {
    return `messaging_outbox:${this.options.namespace}:${this.options.service}`;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.listen(1);
    this.sweep = setInterval(() => this.kick(), this.options.relay.pollIntervalMs);
    this.sweep.unref();
    this.unregisterProbe = registerOutboxProbe(this.options.service, () => this.backlog());
    this.kick();
  }

  /** Lets the batch in progress finish (it commits what it published), then closes the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
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
      while (!this.stopped) {
        const { claimed, failed } = await this.publishBatch();
        if (failed) return this.backOff();
        this.failures = 0;
        if (claimed < this.options.relay.batchSize) return;
      }
    } catch (error) {
      // The database itself failed (or the lock holder's connection broke): same backoff, the rows stay unsent.
      this.logger.error(`outbox relay batch failed: ${describeError(error)}`);
      this.backOff();
    }
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
          this.logger.warn(`publishing outbox event ${row.event_id} failed: ${(error as Error).message}`);
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
      this.logger.warn(`outbox LISTEN connection lost (${reason}); the ${this.options.relay.pollIntervalMs} ms sweep covers until it is back`);
      this.scheduleListen(1);
    };
    client.on('notification', () => this.kick());
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('closed'));
    try {
      await client.connect();
      await client.query(`LISTEN "${outboxChannel(this.options.service, this.options.namespace)}"`);
    } catch (error) {
      void client.end().catch(() => undefined);
      this.logger.warn(`outbox LISTEN failed (attempt ${attempt}): ${(error as Error).message}; the sweep covers meanwhile`);
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
