/**
 * R-DS-3: an engineer who goes on leave hands their not-yet-started orders on, also the ones another transaction
 * holds locked at that moment (the service's own timer worker firing an R-SLA-4 step, a manager's command): the
 * save skips those rather than wait for them, and a durable handover timer hands each on shortly after, once.
 */
import { randomUUID } from 'node:crypto';
import { QueryRunner } from 'typeorm';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

const AWAY = '00000000-0000-4000-8000-0000000000f1';
const NEXT = '00000000-0000-4000-8000-0000000000f2';
const THIRD = '00000000-0000-4000-8000-0000000000f3';
const MIN = 60_000;
const profile = { homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 3 };

describe('dispatch: an order locked while its engineer goes on leave is still handed on (R-DS-3)', () => {
  let t: DispatchUnderTest;
  let holder: QueryRunner | undefined;
  const t0 = new Date('2026-11-24T02:00:00.000Z');
  const at = (minutes: number) => t.clock.set(new Date(t0.getTime() + minutes * MIN));
  const events = async (id: string) =>
    ((await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1 ORDER BY position`, [id])) as { envelope: { type: string } }[]).map((r) =>
      r.envelope.type.replace('aftersales.dispatch.work-order.', ''),
    );
  const createOrder = async (serialNumber: string) =>
    (
      await t.http('POST', '/v1/work-orders', { token: await t.token('agent'), body: {
        caseId: randomUUID(),
        caseNumber: 'CS-20261124-000008',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber,
        category: 'fault-hardware',
        priority: 'P2',
        serviceMode: 'on-site',
        inWarranty: true,
        region: 'east',
      } })
    ).body;
  const holdLock = async (id: string) => {
    holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM work_orders WHERE id = $1 FOR UPDATE`, [id]);
  };
  const releaseLock = async () => {
    await holder?.commitTransaction();
    await holder?.release();
    holder = undefined;
  };
  const handoverTimers = (id: string, where: string) => t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND ${where}`, [`dispatch:wo:${id}:handover:%`]);

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
  });
  afterAll(async () => {
    await holder?.release().catch(() => undefined);
    await t?.close();
  });

  it('skips the locked order in the save, then hands it on once the lock is gone, exactly once', async () => {
    const admin = await t.token('admin');
    expect((await t.http('PUT', '/v1/org-units/BR-E', { token: admin, body: { name: 'East', kind: 'branch', regions: ['east'] } })).status).toBe(200);
    expect((await t.http('PUT', `/v1/engineers/${AWAY}`, { token: admin, body: { ...profile, name: 'Li Wei' } })).status).toBe(200);
    const created = await t.http('POST', '/v1/work-orders', { token: await t.token('agent'), body: {
      caseId: randomUUID(),
      caseNumber: 'CS-20261124-000007',
      customerId: randomUUID(),
      productModel: 'PX-2000',
      serialNumber: 'SN-H-1',
      category: 'fault-hardware',
      priority: 'P2',
      serviceMode: 'on-site',
      inWarranty: true,
      region: 'east',
    } });
    expect(created.body).toMatchObject({ status: 'assigned', engineerId: AWAY });
    const id = created.body.id;
    expect((await t.http('PUT', `/v1/engineers/${NEXT}`, { token: admin, body: { ...profile, name: 'Wang Fang' } })).status).toBe(200);

    // Another transaction holds the order (as the timer worker does while it fires an acknowledgement step).
    await holdLock(id);
    at(10);
    const leave = [{ from: new Date(t0.getTime() + 10 * MIN).toISOString(), to: '2026-12-01T00:00:00Z', reason: 'annual leave' }];
    const put = await t.http('PUT', `/v1/engineers/${AWAY}`, { token: admin, body: { ...profile, name: 'Li Wei', leave } });
    expect(put.status).toBe(200);
    expect(put.body.openOrders).toBe(1); // skipped, not waited for
    expect(await handoverTimers(id, 'fired_at IS NULL')).toBe(1);

    await releaseLock();
    at(11); // the handover is due seconds after the save
    await t.fireDueTimers();
    const moved = (await t.http('GET', `/v1/work-orders/${id}`, { token: admin })).body;
    expect(moved).toMatchObject({ status: 'assigned', engineerId: NEXT, assignment: { kind: 'reassigned' } });
    expect(moved.assignments.map((a: { engineerId: string; endReason: string | null; assignedBy: string }) => [a.engineerId, a.endReason, a.assignedBy])).toEqual([
      [AWAY, 'engineer on leave', 'user:agent-dev'],
      [NEXT, null, 'dispatch:handover-timer'],
    ]);
    expect((await t.http('GET', `/v1/engineers/${AWAY}`, { token: admin })).body.openOrders).toBe(0);
    expect((await t.http('GET', `/v1/engineers/${NEXT}`, { token: admin })).body.openOrders).toBe(1);
    expect(await events(id)).toEqual(['assigned.v1', 'assigned.v1']);

    // Once: the timer is fired and nothing is pending; saving the engineer again hands nothing on twice.
    expect(await handoverTimers(id, 'fired_at IS NOT NULL AND attempts = 0')).toBe(1);
    expect(await handoverTimers(id, 'fired_at IS NULL')).toBe(0);
    expect((await t.http('PUT', `/v1/engineers/${AWAY}`, { token: admin, body: { ...profile, name: 'Li Wei', leave } })).body.openOrders).toBe(0);
    at(12);
    await t.fireDueTimers();
    expect(await events(id)).toEqual(['assigned.v1', 'assigned.v1']);
  });

  it('waits for a lock still held when the handover falls due, then hands the order on', async () => {
    const admin = await t.token('admin');
    const order = await createOrder('SN-H-2');
    expect(order).toMatchObject({ status: 'assigned', engineerId: NEXT }); // Li Wei is on leave
    expect((await t.http('PUT', `/v1/engineers/${THIRD}`, { token: admin, body: { ...profile, name: 'Zhao Min' } })).status).toBe(200);

    await holdLock(order.id);
    at(20);
    const leave = [{ from: new Date(t0.getTime() + 20 * MIN).toISOString(), to: '2026-12-01T00:00:00Z', reason: 'training' }];
    expect((await t.http('PUT', `/v1/engineers/${NEXT}`, { token: admin, body: { ...profile, name: 'Wang Fang', leave } })).status).toBe(200);
    expect(await handoverTimers(order.id, 'fired_at IS NULL')).toBe(1);

    at(21);
    const round = t.fireDueTimers();
    // A timer round (this one or the app's own worker) is blocked on the order's row lock.
    for (;;) {
      const waiting = await t.count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (waiting > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await t.http('GET', `/v1/work-orders/${order.id}`, { token: admin })).body.engineerId).toBe(NEXT);
    await releaseLock();
    await round;
    const moved = (await t.http('GET', `/v1/work-orders/${order.id}`, { token: admin })).body;
    expect(moved).toMatchObject({ status: 'assigned', engineerId: THIRD, assignment: { kind: 'reassigned' } });
    expect(moved.assignments.map((a: { engineerId: string; endReason: string | null; assignedBy: string }) => [a.engineerId, a.endReason, a.assignedBy])).toEqual([
      [NEXT, 'engineer on leave', 'user:agent-dev'],
      [THIRD, null, 'dispatch:handover-timer'],
    ]);
    expect(await events(order.id)).toEqual(['assigned.v1', 'assigned.v1']);
    expect(await handoverTimers(order.id, 'fired_at IS NOT NULL AND attempts = 0')).toBe(1);
  });

  it('leaves the order with an engineer who is back before the handover falls due', async () => {
    const admin = await t.token('admin');
    const order = await createOrder('SN-H-3');
    expect(order).toMatchObject({ status: 'assigned', engineerId: THIRD });

    await holdLock(order.id);
    at(30);
    const leave = [{ from: new Date(t0.getTime() + 30 * MIN).toISOString(), to: '2026-12-01T00:00:00Z', reason: 'sick' }];
    expect((await t.http('PUT', `/v1/engineers/${THIRD}`, { token: admin, body: { ...profile, name: 'Zhao Min', leave } })).status).toBe(200);
    expect(await handoverTimers(order.id, 'fired_at IS NULL')).toBe(1);
    await releaseLock();
    // Back the same minute (the leave was entered by mistake).
    expect((await t.http('PUT', `/v1/engineers/${THIRD}`, { token: admin, body: { ...profile, name: 'Zhao Min' } })).status).toBe(200);

    at(31);
    await t.fireDueTimers();
    expect(await handoverTimers(order.id, 'fired_at IS NOT NULL AND attempts = 0')).toBe(1); // it fired, and did nothing
    expect((await t.http('GET', `/v1/work-orders/${order.id}`, { token: admin })).body).toMatchObject({ status: 'assigned', engineerId: THIRD, assignment: { kind: 'automatic' } });
    expect(await events(order.id)).toEqual(['assigned.v1']);
  });
});
