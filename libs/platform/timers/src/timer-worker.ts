import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from './clock';
import { timerLateness, timersFired } from './metrics';
import { DueTimer, ResolvedTimersOptions, TimerHandler } from './timer.types';

interface TimerRow {
  key: string;
  kind: string;
  due_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Fires due timers exactly once across restarts and replicas: each round claims due rows with
 * `FOR UPDATE SKIP LOCKED` (a second replica takes other rows, never the same), runs each handler in a savepoint
 * of that transaction and marks the timer fired in it. A crash before commit leaves the timer pending with none
 * of its effects; after commit it is fired with all of them.
 */
export class TimerWorker {
  private readonly logger = new Logger('Timers');
  private readonly handlers = new Map<string, TimerHandler>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = true;
  /** A failing streak of rounds is logged when it starts and when it ends. */
  private failing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: ResolvedTimersOptions,
  ) {}

  register(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`Two @OnTimer handlers for the timer kind '${kind}'`);
    this.handlers.set(kind, handler);
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Finishes the round in progress (it commits what it fired), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * One round: fires up to a batch of the timers due at the clock's now. Returns how many it claimed. Tests that
   * move a manual clock call it directly; the running worker calls it in a loop.
   */
  async runOnce(): Promise<number> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.fireDue();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.loop(), delayMs);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    let claimed = 0;
    try {
      claimed = await this.runOnce();
      if (this.failing) this.logger.log(`${this.options.service}: timer rounds work again`);
      this.failing = false;
    } catch (error) {
      // Once per streak: a database outage would otherwise log a line every poll interval.
      if (!this.failing) {
        this.logger.error(`${this.options.service}: timer round failed, retrying every poll: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.failing = true;
    }
    // A full batch means more are due: go again at once. Otherwise sleep until the next timer is due, but no longer
    // than the poll interval (another replica may schedule an earlier one meanwhile).
    if (claimed >= this.options.batchSize) return this.schedule(0);
    let delay = this.options.pollIntervalMs;
    try {
      const next = await this.nextDue();
      // At least 10 ms: a due timer another replica holds locked must not make this one spin.
      if (next) delay = Math.min(delay, Math.max(10, next.getTime() - this.clock.now().getTime()));
    } catch {
      // the next round reports database trouble
    }
    this.schedule(delay);
  }

  private async nextDue(): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT min(next_run_at) AS next FROM platform_timer WHERE fired_at IS NULL AND dead_at IS NULL`);
    return row?.next ? new Date(row.next) : null;
  }

  private fireDue(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const rows: TimerRow[] = await m.query(
        `SELECT key, kind, due_at, payload, attempts FROM platform_timer
          WHERE fired_at IS NULL AND dead_at IS NULL AND next_run_at <= $1
          ORDER BY next_run_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), this.options.batchSize],
      );
      const fired: string[] = [];
      for (const row of rows) {
        const timer: DueTimer = { key: row.key, kind: row.kind, dueAt: new Date(row.due_at), payload: row.payload, attempts: row.attempts };
        const handler = this.handlers.get(row.kind);
        await m.query('SAVEPOINT fire_timer');
        try {
          if (!handler) throw new Error(`no @OnTimer handler for the kind '${row.kind}' in this service`);
          await handler(timer, { manager: m, now });
          await m.query('RELEASE SAVEPOINT fire_timer');
          fired.push(row.key);
          timersFired.inc({ service: this.options.service, kind: row.kind, outcome: 'fired' });
          timerLateness.observe({ service: this.options.service, kind: row.kind }, Math.max(0, Date.now() - timer.dueAt.getTime()) / 1000);
        } catch (error) {
          await m.query('ROLLBACK TO SAVEPOINT fire_timer');
          await this.failed(m, timer, error, now);
        }
      }
      if (fired.length > 0) {
        await m.query(`UPDATE platform_timer SET fired_at = $2, updated_at = now() WHERE key = ANY($1::text[])`, [fired, now.toISOString()]);
      }
      return rows.length;
    });
  }

  private async failed(m: import('typeorm').EntityManager, timer: DueTimer, error: unknown, now: Date): Promise<void> {
    const message = (error instanceof Error ? error.stack ?? error.message : String(error)).slice(0, 4000);
    const attempts = timer.attempts + 1;
    const dead = attempts >= this.options.maxAttempts;
    const retryAt = new Date(now.getTime() + Math.min(1000 * 2 ** (attempts - 1), MAX_BACKOFF_MS));
    await m.query(
      `UPDATE platform_timer SET attempts = $2, last_error = $3, next_run_at = $4, dead_at = $5, updated_at = now() WHERE key = $1`,
      [timer.key, attempts, message, retryAt.toISOString(), dead ? now.toISOString() : null],
    );
    timersFired.inc({ service: this.options.service, kind: timer.kind, outcome: dead ? 'dead' : 'retry' });
    this.logger.error(`${this.options.service}: timer ${timer.key} (${timer.kind}) failed, attempt ${attempts}${dead ? ', parked' : ''}: ${message.split('\n')[0]}`);
  }
}
