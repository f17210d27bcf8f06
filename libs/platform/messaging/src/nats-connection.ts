import { Logger } from '@nestjs/common';
import { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { JetStreamClient, JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ResolvedMessagingOptions } from './messaging.options';

/** One NATS connection per process, with its JetStream client and manager. */
export class NatsContext {
  private readonly logger = new Logger('Nats');

  private constructor(
    readonly connection: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async connect(options: ResolvedMessagingOptions): Promise<NatsContext> {
    const connection = await connect({
      servers: options.natsUrl.split(',').map((s) => s.trim()),
      // Shows up in the server's connection list (nats server report connections).
      name: options.service,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
    });
    const context = new NatsContext(connection, jetstream(connection), await jetstreamManager(connection));
    void context.watchStatus();
    return context;
  }

  isConnected(): boolean {
    return !this.connection.isClosed() && !this.connection.isDraining();
  }

  private async watchStatus(): Promise<void> {
    for await (const s of this.connection.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
        this.logger.warn(`NATS ${s.type}`);
      }
    }
  }
}
