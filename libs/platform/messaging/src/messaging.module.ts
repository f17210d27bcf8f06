import {
  BeforeApplicationShutdown,
  DynamicModule,
  Global,
  Inject,
  InjectionToken,
  Injectable,
  Logger,
  Module,
  ModuleMetadata,
  OnApplicationBootstrap,
  OptionalFactoryDependency,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConsumerRunner } from './consumer/consumer-runner';
import { EventPipeline } from './consumer/event-pipeline';
import { DeadLetterService } from './dead-letters/dead-letter.service';
import { MESSAGING_OPTIONS, ResolvedMessagingOptions, resolveOptions } from './messaging.options';
import { MessagingOptions } from './messaging.types';
import { NatsContext } from './nats-connection';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxService } from './outbox/outbox.service';
import { DatabaseOutage } from './outages';
import { provisionOwnStream } from './stream-provisioner';

/** Readiness: is the NATS connection up? (The database is checked by the service defaults.) */
@Injectable()
export class MessagingHealth {
  constructor(private readonly nats: NatsContext) {}
  check(): { nats: boolean } {
    return { nats: this.nats.isConnected() };
  }
}

/** Starts and stops the backbone with the application, in the order shutdown needs. */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    private readonly nats: NatsContext,
    readonly relay: OutboxRelay,
    readonly consumers: ConsumerRunner,
    private readonly deadLetters: DeadLetterService,
    private readonly outage: DatabaseOutage,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const bindings = this.consumers.discover(this.discovery, this.scanner);
    if (this.options.publishes) {
      await provisionOwnStream(this.nats.jsm, this.options.service, this.options.namespace, this.options.duplicateWindowMs, this.options.streamReplicas);
      await this.relay.start();
    }
    this.consumers.start();
    this.deadLetters.start(bindings);
    this.logger.log(`${this.options.service}: ${bindings.length} consumer(s), relay ${this.options.publishes ? 'on' : 'off'}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Handlers first: what they commit lands in the outbox, which the relay then still publishes.
    await this.consumers.stop();
    await this.deadLetters.stop();
    await this.relay.kickAndStop();
    if (!this.nats.connection.isClosed()) await this.nats.connection.drain();
    this.outage.stop();
  }
}

export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
}

@Global()
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        {
          provide: MESSAGING_OPTIONS,
          inject: options.inject ?? [],
          useFactory: async (...args: unknown[]) => resolveOptions(await options.useFactory(...(args as never[]))),
        },
        {
          provide: NatsContext,
          inject: [MESSAGING_OPTIONS],
          useFactory: (o: ResolvedMessagingOptions) => NatsContext.connect(o),
        },
        OutboxService,
        {
          provide: DatabaseOutage,
          inject: [DataSource, MESSAGING_OPTIONS],
          useFactory: (ds: DataSource, o: ResolvedMessagingOptions) => new DatabaseOutage(ds, o.service),
        },
        {
          provide: OutboxRelay,
          inject: [DataSource, NatsContext, MESSAGING_OPTIONS, DatabaseOutage],
          useFactory: (ds: DataSource, nats: NatsContext, o: ResolvedMessagingOptions, outage: DatabaseOutage) => new OutboxRelay(ds, nats, o, outage),
        },
        {
          provide: EventPipeline,
          inject: [DataSource, OutboxService, MESSAGING_OPTIONS, DatabaseOutage],
          useFactory: (ds: DataSource, outbox: OutboxService, o: ResolvedMessagingOptions, outage: DatabaseOutage) => new EventPipeline(ds, outbox, o, outage),
        },
        {
          provide: ConsumerRunner,
          inject: [NatsContext, EventPipeline, MESSAGING_OPTIONS],
          useFactory: (nats: NatsContext, pipeline: EventPipeline, o: ResolvedMessagingOptions) => new ConsumerRunner(nats, pipeline, o),
        },
        {
          provide: DeadLetterService,
          inject: [DataSource, EventPipeline, MESSAGING_OPTIONS, DatabaseOutage],
          useFactory: (ds: DataSource, p: EventPipeline, o: ResolvedMessagingOptions, outage: DatabaseOutage) =>
            new DeadLetterService(ds, p, o.consumer.replaySweepMs, outage),
        },
        MessagingHealth,
        MessagingRuntime,
      ],
      exports: [
        OutboxService,
        OutboxRelay,
        ConsumerRunner,
        DeadLetterService,
        DatabaseOutage,
        MessagingHealth,
        MessagingRuntime,
        NatsContext,
        MESSAGING_OPTIONS,
      ],
    };
  }
}
