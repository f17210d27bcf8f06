import { EntityManager } from 'typeorm';

/** A timer to (re)schedule. The key names it: scheduling the same key again moves it, unless it has fired. */
export interface TimerSpec {
  key: string;
  /** Which @OnTimer handler fires it. */
  kind: string;
  fireAt: Date;
  payload?: Record<string, unknown>;
}

/** A timer handed to its handler. */
export interface DueTimer {
  key: string;
  kind: string;
  /** When it was due (lateness = ctx.now - dueAt). */
  dueAt: Date;
  payload: Record<string, unknown>;
  /** Earlier failed attempts. */
  attempts: number;
}

export interface TimerContext {
  /**
   * The transaction that marks the timer fired. Write the effects (state, outbox events, follow-up timers) through
   * it: they commit together with the firing, so a crash fires the timer again and never half-way.
   */
  manager: EntityManager;
  /** The clock's time of this firing round. */
  now: Date;
}

export type TimerHandler = (timer: DueTimer, ctx: TimerContext) => Promise<void>;

export interface TimersOptions {
  /** Metrics label and log prefix. */
  service: string;
  /** How often the worker looks for due timers when none are waiting (also the worst idle lateness). */
  pollIntervalMs?: number;
  /** Timers fired per transaction. */
  batchSize?: number;
  /** A failing timer is retried with backoff this many times, then parked (dead) with its last error. */
  maxAttempts?: number;
  /** Off: timers are stored but nothing fires them in this process (e.g. a migration or seed command). */
  runWorker?: boolean;
}

export type ResolvedTimersOptions = Required<TimersOptions>;

export function resolveTimersOptions(o: TimersOptions): ResolvedTimersOptions {
  return { pollIntervalMs: 250, batchSize: 20, maxAttempts: 10, runWorker: true, ...o };
}
