import { AsyncLocalStorage } from 'node:async_hooks';
import {
  DynamicModule,
  Global,
  Inject,
  InjectionToken,
  Logger,
  Module,
  ModuleMetadata,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OptionalFactoryDependency,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from './clock';
import { DurableTimers } from './durable-timers';
import { ON_TIMER_METADATA } from './on-timer.decorator';
import { TimerWorker } from './timer-worker';
import { ResolvedTimersOptions, TimerHandler, TimersOptions, resolveTimersOptions } from './timer.types';

const TIMERS_OPTIONS = Symbol.for('aftersales:timers-options');

// A test builds its app inside withClock(manualClock, ...): that app's Clock is the manual one.
const clockOverride = new AsyncLocalStorage<Clock>();

/** Builds whatever is created inside `fn` (a Nest app) with this clock instead of the system's. */
export function withClock<T>(clock: Clock, fn: () => Promise<T>): Promise<T> {
  return clockOverride.run(clock, fn);
}

@Global()
@Module({})
class TimersRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Timers');

  constructor(
    @Inject(TIMERS_OPTIONS) private readonly options: ResolvedTimersOptions,
    private readonly worker: TimerWorker,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const proto = Object.getPrototypeOf(instance);
      if (!proto) continue;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const kind: string | undefined = Reflect.getMetadata(ON_TIMER_METADATA, proto, method);
        if (!kind) continue;
        if (!wrapper.isDependencyTreeStatic()) throw new Error(`@OnTimer ${wrapper.name}.${method}: timer handlers must live in singleton providers`);
        this.worker.register(kind, (instance[method] as TimerHandler).bind(instance));
      }
    }
    if (this.options.runWorker && this.worker.kinds.length > 0) {
      this.worker.start();
      this.logger.log(`${this.options.service}: timer worker on for ${this.worker.kinds.join(', ')}`);
    }
  }

  /** Before the relay's final publish and the database's close: the last fired timers' events still go out. */
  async onModuleDestroy(): Promise<void> {
    await this.worker.stop();
  }
}

export interface TimersModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => TimersOptions | Promise<TimersOptions>;
}

/**
 * Durable timers for a service (docs/architecture.md, "Time"): `DurableTimers` to schedule and cancel inside a
 * transaction, `@OnTimer(kind)` handlers, and the `Clock` every deadline is computed from. Global; needs the
 * default TypeORM DataSource and the `platform_timer` table (CreateTimersTable1732320000200).
 */
@Module({})
export class TimersModule {
  static forRootAsync(options: TimersModuleAsyncOptions): DynamicModule {
    return {
      module: TimersModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        {
          provide: TIMERS_OPTIONS,
          inject: options.inject ?? [],
          useFactory: async (...args: unknown[]) => resolveTimersOptions(await options.useFactory(...(args as never[]))),
        },
        { provide: Clock, useFactory: () => clockOverride.getStore() ?? new SystemClock() },
        DurableTimers,
        {
          provide: TimerWorker,
          inject: [DataSource, Clock, TIMERS_OPTIONS],
          useFactory: (ds: DataSource, clock: Clock, o: ResolvedTimersOptions) => new TimerWorker(ds, clock, o),
        },
        TimersRuntime,
      ],
      exports: [Clock, DurableTimers, TimerWorker],
    };
  }
}
