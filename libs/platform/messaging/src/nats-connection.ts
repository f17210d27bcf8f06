import { Logger } from '@nestjs/common';
import { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { JetStreamClient, JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ResolvedMessagingOptions } from './messaging.options';
import { dependencyUp } from './metrics';

/** One NATS connection per process, with its JetStream client and manager. */
export class NatsContext {
  private readonly logger = new Logger('Nats');
  /** False from a disconnect until the client is back: the connection object is not closed while it reconnects. */
  private connected = true;
  private disconnectedAt = 0;
  private readonly reconnectListeners = new Set<(lostAt: number) => void>();

  private constructor(
    readonly connection: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    private readonly service: string,
  ) {}

  static async connect(options: ResolvedMessagingOptions): Promise<NatsContext> {
    const connection = await connect({
      servers: options.natsUrl.split(',').map((s) => s.trim()),
      // Shows up in the server's connection list (nats server report connections).
      name: options.service,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
    });
    const context = new NatsContext(connection, jetstream(connection), await jetstreamManager(connection), options.service);
    dependencyUp.set({ service: options.service, dependency: 'nats' }, 1);
    void context.watchStatus();
    return context;
  }

  isConnected(): boolean {
    return this.connected && !this.connection.isClosed() && !this.connection.isDraining();
  }

  /** Called after every reconnect with the time (ms) the connection was lost; returns the unsubscribe function. */
  onReconnect(listener: (lostAt: number) => void): () => void {
    this.reconnectListeners.add(listener);
    return () => void this.reconnectListeners.delete(listener);
  }

  /** One line when the connection drops and one when it is back, not one per reconnect attempt. */
  private async watchStatus(): Promise<void> {
    for await (const s of this.connection.status()) {
      if (s.type === 'disconnect' && this.connected) {
        this.connected = false;
        this.disconnectedAt = Date.now();
        dependencyUp.set({ service: this.service, dependency: 'nats' }, 0);
        this.logger.error(`NATS connection lost (${s.server}): reconnecting; not ready until it is back`);
      } else if (s.type === 'reconnect') {
        const seconds = Math.round((Date.now() - this.disconnectedAt) / 1000);
        this.connected = true;
        dependencyUp.set({ service: this.service, dependency: 'nats' }, 1);
        this.logger.log(`NATS reconnected to ${s.server} after ${seconds} s`);
        for (const listener of this.reconnectListeners) listener(this.disconnectedAt);
      } else if (s.type === 'error') {
        this.logger.warn(`NATS error: ${s.error.message}`);
      } else if (s.type === 'close') {
        this.connected = false;
      }
    }
  }
}
