/**
 * Durable timers (docs/architecture.md, "Time"; issue #3 "a restart of intake, or two replicas of it, fires every due
 * timer exactly once"): against the real PostgreSQL, with a manual clock.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DurableTimers, ManualClock } from '../src';
import { TestDatabase, createTestDatabase } from '@aftersales/platform-testing';
import { logFiring, openTimerDatabase, worker } from './fixtures/timer-harness';

const MIN = 60_000;

describe('durable timers', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const timers = new DurableTimers();
  const t0 = new Date('2026-11-23T02:00:00Z');

  const firings = async (key?: string): Promise<number> =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM fired_log WHERE $1::text IS NULL OR key = $1`, [key ?? null]))[0].n);
  const pending = async (prefix = ''): Promise<number> => (await timers.pending(ds.manager, prefix)).length;

  beforeAll(async () => {
    db = await createTestDatabase('timers');
    ds = await openTimerDatabase(db.url, true);
  });

  beforeEach(async () => {
    await ds.query(`TRUNCATE platform_timer, fired_log`);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('fires a timer when it is due, not before, and only once', async () => {
    const clock = new ManualClock(t0);
    const w = worker(ds, clock, logFiring('a'));
    await timers.schedule(ds.manager, { key: 'case-1:breach', kind: 'test', fireAt: new Date(t0.getTime() + 10 * MIN), payload: { caseId: 'case-1' } });
    expect(await w.runOnce()).toBe(0);
    clock.advance(10 * MIN - 1);
    expect(await w.runOnce()).toBe(0);
    clock.advance(1);
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(await firings('case-1:breach')).toBe(1);
    expect(await pending()).toBe(0);
  });

  it('hands the handler its key, due time and payload', async () => {
    const clock = new ManualClock(t0);
    const seen: unknown[] = [];
    const w = worker(ds, clock, async (timer, ctx) => void seen.push({ ...timer, now: ctx.now }));
    await timers.schedule(ds.manager, { key: 'k', kind: 'test', fireAt: t0, payload: { level: 2 } });
    await w.runOnce();
    expect(seen).toEqual([{ key: 'k', kind: 'test', dueAt: t0, payload: { level: 2 }, attempts: 0, now: t0 }]);
  });

  it('rescheduling moves a pending timer; a key that fired never fires again', async () => {
    const clock = new ManualClock(t0);
    const w = worker(ds, clock, logFiring('a'));
    await timers.schedule(ds.manager, { key: 'k', kind: 'test', fireAt: new Date(t0.getTime() + 5 * MIN) });
    await timers.schedule(ds.manager, { key: 'k', kind: 'test', fireAt: new Date(t0.getTime() + 20 * MIN) });
    clock.advance(5 * MIN);
    expect(await w.runOnce()).toBe(0);
    clock.advance(15 * MIN);
    expect(await w.runOnce()).toBe(1);
    await timers.schedule(ds.manager, { key: 'k', kind: 'test', fireAt: t0 });
    expect(await w.runOnce()).toBe(0);
    expect(await firings('k')).toBe(1);
  });

  it('cancels pending timers by key or prefix and keeps the record of fired ones', async () => {
    const clock = new ManualClock(t0);
    const w = worker(ds, clock, logFiring('a'));
    await timers.schedule(ds.manager, [
      { key: 'case-1:response:warn', kind: 'test', fireAt: t0 },
      { key: 'case-1:response:breach', kind: 'test', fireAt: new Date(t0.getTime() + MIN) },
      { key: 'case-1:diagnosis:breach', kind: 'test', fireAt: new Date(t0.getTime() + MIN) },
      { key: 'case-10:diagnosis:breach', kind: 'test', fireAt: new Date(t0.getTime() + MIN) },
      { key: 'case_1:other', kind: 'test', fireAt: new Date(t0.getTime() + MIN) },
    ]);
    await w.runOnce(); // fires case-1:response:warn
    expect(await timers.cancel(ds.manager, ['case-1:response:warn', 'case-1:response:breach'])).toBe(1);
    expect(await timers.cancelPrefix(ds.manager, 'case-1:')).toBe(1); // not case-10, not case_1 (no LIKE wildcards)
    expect((await timers.pending(ds.manager, '')).map((t) => t.key)).toEqual(['case-10:diagnosis:breach', 'case_1:other']);
    expect(await firings('case-1:response:warn')).toBe(1);
  });

  it('two replicas share 1,000 due timers and fire each exactly once', async () => {
    const clock = new ManualClock(t0);
    const keys = Array.from({ length: 1000 }, (_, i) => `case-${i}:breach`);
    await timers.schedule(ds.manager, keys.map((key, i) => ({ key, kind: 'test', fireAt: new Date(t0.getTime() - (i % 7) * 1000) })));
    const second = await openTimerDatabase(db.url);
    try {
      const replicas = [worker(ds, clock, logFiring('a'), { batchSize: 25 }), worker(second, clock, logFiring('b'), { batchSize: 25 })];
      const drain = async (w: (typeof replicas)[number]) => {
        while ((await w.runOnce()) > 0);
      };
      await Promise.all(replicas.map(drain));
      const [row] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT key)::int AS d, count(DISTINCT fired_by)::int AS r FROM fired_log`);
      expect(row).toEqual({ n: 1000, d: 1000, r: 2 });
      expect(await pending()).toBe(0);
    } finally {
      await second.destroy();
    }
  });

  it('a failing handler leaves no effect, is retried with backoff and parked after its last attempt', async () => {
    const clock = new ManualClock(t0);
    let calls = 0;
    const flaky = worker(
      ds,
      clock,
      async (timer, ctx) => {
        calls++;
        await logFiring('a')(timer, ctx);
        if (calls === 1) throw new Error('SMTP gateway timed out');
      },
      { maxAttempts: 3 },
    );
    await timers.schedule(ds.manager, { key: 'flaky', kind: 'test', fireAt: t0 });
    await flaky.runOnce();
    expect(await firings('flaky')).toBe(0); // the effect rolled back with the failure
    const [failed] = await ds.query(`SELECT attempts, last_error, next_run_at FROM platform_timer WHERE key = 'flaky'`);
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toContain('SMTP gateway timed out');
    expect(new Date(failed.next_run_at).getTime()).toBe(t0.getTime() + 1000);
    clock.advance(1000);
    await flaky.runOnce();
    expect(await firings('flaky')).toBe(1);

    const broken = worker(ds, clock, async () => Promise.reject(new Error('always')), { maxAttempts: 2 });
    await timers.schedule(ds.manager, { key: 'broken', kind: 'test', fireAt: clock.now() });
    await broken.runOnce();
    clock.advance(60_000);
    await broken.runOnce();
    const [parked] = await ds.query(`SELECT attempts, dead_at, fired_at FROM platform_timer WHERE key = 'broken'`);
    expect(parked).toMatchObject({ attempts: 2, fired_at: null });
    expect(parked.dead_at).not.toBeNull();
    clock.advance(3_600_000);
    expect(await broken.runOnce()).toBe(0); // parked timers are not retried
  });

  it('a timer of a kind nobody handles is retried, not lost', async () => {
    const clock = new ManualClock(t0);
    const w = worker(ds, clock, logFiring('a'));
    await timers.schedule(ds.manager, { key: 'orphan', kind: 'unknown-kind', fireAt: t0 });
    await w.runOnce();
    const [row] = await ds.query(`SELECT attempts, fired_at, last_error FROM platform_timer WHERE key = 'orphan'`);
    expect(row).toMatchObject({ attempts: 1, fired_at: null });
    expect(row.last_error).toContain("no @OnTimer handler for the kind 'unknown-kind'");
  });

  it('a worker killed while firing leaves the timer pending with no effect; the next worker fires it once', async () => {
    await timers.schedule(ds.manager, { key: 'crash', kind: 'test', fireAt: new Date(Date.now() - 1000) });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'fixtures', 'dying-worker.ts')], {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: 'ignore',
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    // PostgreSQL rolls the dead connection's transaction back once it notices the socket closed.
    for (let i = 0; i < 100 && (await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`))[0].n > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await firings('crash')).toBe(0);
    expect(await pending()).toBe(1);
    const restarted = worker(ds, new ManualClock(new Date()), logFiring('restarted'));
    expect(await restarted.runOnce()).toBe(1);
    expect(await firings('crash')).toBe(1);
    expect(await restarted.runOnce()).toBe(0);
  });
});
