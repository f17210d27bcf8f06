/**
 * One bootstrap for every service (docs/architecture.md, convention 8): typed config validated at start, Fastify, TypeORM
 * (migrations, never synchronize), the messaging backbone, auth, problem+json errors, zod validation with OpenAPI
 * at /docs, /health/live, /health/ready, /metrics, JSON logs with trace ids, graceful shutdown.
 */
export type { ServiceDefinition } from './service-definition';
export { ServiceDefaultsModule } from './service-defaults.module';
export { bootstrapService, createServiceApp, runMigrations, openDataSource } from './bootstrap';
export { AppConfig, ConfigError, loadConfig, baseConfigSchema, bool as booleanVariable } from './config/app-config';
export { dataSourceOptions, ensureDatabase } from './database/database';
export { DomainError } from './http/domain-error';
export { ProblemDetailsFilter, problemType } from './http/problem-details';
export type { ProblemDetails } from './http/problem-details';
export { IdempotencyService, CreateIdempotencyKeys1732320000100 } from './idempotency/idempotency.service';
export type { IdempotentResult } from './idempotency/idempotency.service';
export { Public, Roles, CurrentUser } from '@aftersales/platform-auth';
export type { AuthUser, Role } from '@aftersales/platform-auth';
export { migrateCommand, seedCommand } from './scripts';
export { paginate, pageQuery } from './http/pagination';
export type { Page } from './http/pagination';
export { nextDocumentNumber } from './database/document-number';
