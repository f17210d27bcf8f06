/**
 * Durable timers and the service clock (docs/architecture.md, "Time"). See README.md beside this folder.
 * - TimersModule.forRootAsync({ useFactory: () => TimersOptions }): global (ServiceDefaultsModule imports it).
 * - DurableTimers.schedule(manager, { key, kind, fireAt, payload }) / cancel / cancelPrefix inside a transaction.
 * - @OnTimer(kind) on a provider method `(timer, ctx: { manager, now }) => Promise<void>`.
 * - Clock (inject it; never `new Date()` for a deadline), ManualClock and withClock for tests.
 */
export { Clock, SystemClock, ManualClock } from './clock';
export { DurableTimers } from './durable-timers';
export { OnTimer } from './on-timer.decorator';
export { TimerWorker } from './timer-worker';
export { TimersModule, withClock } from './timers.module';
export type { TimersModuleAsyncOptions } from './timers.module';
export { resolveTimersOptions } from './timer.types';
export type { DueTimer, TimerContext, TimerHandler, TimerSpec, TimersOptions } from './timer.types';
export { CreateTimersTable1732320000200 } from './create-timers-table.migration';
