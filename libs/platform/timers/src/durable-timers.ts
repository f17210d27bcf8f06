import { EntityManager } from 'typeorm';
import { TimerSpec } from './timer.types';

/** Schedules and cancels timers inside the caller's transaction, so they commit with the change that set them. */
export class DurableTimers {
  /**
   * Creates the timers, or moves the pending ones with the same keys to the new time and payload. A key that has
   * already fired (or been parked) is left alone: a timer fires at most once per key.
   */
  async schedule(manager: EntityManager, specs: TimerSpec | readonly TimerSpec[]): Promise<void> {
    const list = Array.isArray(specs) ? specs : [specs as TimerSpec];
    if (list.length === 0) return;
    // One statement for any number of timers (a plan recompute moves several at once; bulk loads move thousands).
    await manager.query(
      `INSERT INTO platform_timer (key, kind, due_at, next_run_at, payload)
       SELECT t.key, t.kind, t.fire_at, t.fire_at, t.payload
         FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[]) AS t(key, kind, fire_at, payload)
       ON CONFLICT (key) DO UPDATE
          SET kind = excluded.kind, due_at = excluded.due_at, next_run_at = excluded.next_run_at,
              payload = excluded.payload, attempts = 0, last_error = NULL, updated_at = now()
        WHERE platform_timer.fired_at IS NULL AND platform_timer.dead_at IS NULL`,
      [
        list.map((t) => t.key),
        list.map((t) => t.kind),
        list.map((t) => t.fireAt.toISOString()),
        list.map((t) => JSON.stringify(t.payload ?? {})),
      ],
    );
  }

  /** Removes pending timers by key; fired ones stay as the record that they fired. Returns how many. */
  async cancel(manager: EntityManager, keys: string | readonly string[]): Promise<number> {
    const list = typeof keys === 'string' ? [keys] : [...keys];
    if (list.length === 0) return 0;
    const [, count] = await manager.query(`DELETE FROM platform_timer WHERE key = ANY($1::text[]) AND fired_at IS NULL`, [list]);
    return count as number;
  }

  /** Removes every pending timer whose key starts with the prefix (e.g. all of one case's SLA timers). */
  async cancelPrefix(manager: EntityManager, prefix: string): Promise<number> {
    const [, count] = await manager.query(
      `DELETE FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`,
      [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    return count as number;
  }

  /** Pending timers whose key starts with the prefix, earliest first (for views that explain what comes next). */
  async pending(manager: EntityManager, prefix: string): Promise<{ key: string; kind: string; dueAt: Date; attempts: number; lastError: string | null }[]> {
    const rows: { key: string; kind: string; due_at: Date; attempts: number; last_error: string | null }[] = await manager.query(
      `SELECT key, kind, due_at, attempts, last_error FROM platform_timer
        WHERE key LIKE $1 AND fired_at IS NULL AND dead_at IS NULL ORDER BY due_at, key`,
      [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    return rows.map((r) => ({ key: r.key, kind: r.kind, dueAt: r.due_at, attempts: r.attempts, lastError: r.last_error }));
  }
}
