import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { AuthModule } from '@aftersales/platform-auth';
import { MessagingModule } from '@aftersales/platform-messaging';
import { currentTraceIds } from '@aftersales/platform-observability';
import { TimersModule } from '@aftersales/platform-timers';
import { AppConfig, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/database';
import { HealthController } from './health/health.controller';
import { HttpDrain } from './http/http-drain';
import { ProblemDetailsFilter } from './http/problem-details';
import { IdempotencyService } from './idempotency/idempotency.service';
import { ServiceDefinition } from './service-definition';

// Per call rather than a module variable: two test apps built at once each keep their own environment.
const environment = new AsyncLocalStorage<Record<string, string | undefined>>();

/** createServiceApp sets the environment a test app is built with (process.env otherwise). */
export function withEnvironment<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  return environment.run(env, fn);
}

@Global()
@Module({})
class ConfigHolderModule {
  static forRoot(def: ServiceDefinition): DynamicModule {
    return {
      module: ConfigHolderModule,
      providers: [{ provide: AppConfig, useFactory: () => loadConfig(def.service, def.configSchema, environment.getStore() ?? process.env) }],
      exports: [AppConfig],
    };
  }
}

/**
 * Everything every service needs, in one import (docs/architecture.md, convention 8): config, database, messaging, timers, auth,
 * JSON logs with trace ids, problem+json errors, zod validation, health and metrics.
 */
@Module({})
export class ServiceDefaultsModule {
  static forRoot(def: ServiceDefinition): DynamicModule {
    return {
      module: ServiceDefaultsModule,
      global: true,
      imports: [
        ConfigHolderModule.forRoot(def),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.values.LOG_LEVEL,
              base: { service: def.service },
              // The active span's ids on every line, so a log line leads to its trace.
              mixin: () => currentTraceIds(),
              // No PII in logs: only method, path and status of requests; never headers or bodies.
              serializers: {
                req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
                res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
              },
              // And should anyone log a request or headers by hand: credentials and bodies never reach the log.
              redact: ['req.headers', 'res.headers', 'req.body', 'res.body', '*.authorization', '*.cookie', '*.headers.authorization', '*.headers.cookie'],
            },
            // Probes and scrapes every few seconds would drown the log.
            exclude: [
              { method: RequestMethod.GET, path: 'health/live' },
              { method: RequestMethod.GET, path: 'health/ready' },
              { method: RequestMethod.GET, path: 'metrics' },
            ],
          }),
        }),
        TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(def, config) }),
        MessagingModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            service: def.service,
            natsUrl: config.natsUrl,
            namespace: config.natsNamespace,
            streamReplicas: config.values.NATS_STREAM_REPLICAS,
            duplicateWindowMs: config.values.NATS_DUPLICATE_WINDOW_MS,
            relay: { pollIntervalMs: config.values.OUTBOX_POLL_INTERVAL_MS, republishWindowMs: config.values.OUTBOX_REPUBLISH_WINDOW_MS },
            consumer: { maxDeliver: config.values.CONSUMER_MAX_DELIVER },
          }),
        }),
        TimersModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ service: def.service, pollIntervalMs: config.values.TIMERS_POLL_INTERVAL_MS }),
        }),
        AuthModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            hs256Secret: config.values.AUTH_JWT_SECRET,
            jwksUrl: config.values.AUTH_JWKS_URL,
            issuer: config.values.AUTH_ISSUER,
            audience: config.values.AUTH_AUDIENCE,
            maxLifetimeSeconds: config.values.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        IdempotencyService,
        HttpDrain,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        // Routes with @ZodSerializerDto answer exactly their declared shape (extra fields, e.g. PII, are dropped).
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
      ],
      exports: [IdempotencyService],
    };
  }
}
