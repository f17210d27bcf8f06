/**
 * Issue #5 (R-DS-3): an order queued because the only engineer is on leave is tried again by a durable timer every
 * 15 minutes, and assigned once the engineer is back, without announcing the queue twice.
 */
import { randomUUID } from 'node:crypto';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

const ENGINEER = '00000000-0000-4000-8000-0000000000e9';
const MIN = 60_000;

describe('dispatch: queued orders are retried, and an engineer who becomes unavailable hands over', () => {
  let t: DispatchUnderTest;
  const t0 = new Date('2026-11-23T02:00:00.000Z');
  const at = (minutes: number) => t.clock.set(new Date(t0.getTime() + minutes * MIN));
  const events = async (id: string) =>
    ((await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1 ORDER BY position`, [id])) as { envelope: { type: string; data: Record<string, unknown> } }[]).map(
      (r) => r.envelope.type.replace('aftersales.dispatch.work-order.', ''),
    );

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
  });
  afterAll(() => t?.close());

  it('assigns the order when the engineer returns from leave, on a retry timer', async () => {
    const admin = await t.token('admin');
    expect((await t.http('PUT', '/v1/org-units/BR-E', { token: admin, body: { name: 'East', kind: 'branch', regions: ['east'] } })).status).toBe(200);
    const leave = [{ from: '2026-11-22T00:00:00Z', to: new Date(t0.getTime() + 20 * MIN).toISOString(), reason: 'sick' }];
    expect((await t.http('PUT', `/v1/engineers/${ENGINEER}`, { token: admin, body: { name: 'Li Wei', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 3, leave } })).status).toBe(200);
    const created = await t.http('POST', '/v1/work-orders', { token: await t.token('agent'), body: {
      caseId: randomUUID(),
      caseNumber: 'CS-20261123-000099',
      customerId: randomUUID(),
      productModel: 'PX-2000',
      serialNumber: 'SN-Q-1',
      category: 'fault-hardware',
      priority: 'P2',
      serviceMode: 'on-site',
      inWarranty: true,
      region: 'east',
    } });
    expect(created.body).toMatchObject({ status: 'queued', queueReason: { rejections: { 'on-leave': 1 } } });
    const id = created.body.id;

    at(15); // still on leave: stays queued, the next retry is set
    await t.fireDueTimers();
    expect((await t.http('GET', `/v1/work-orders/${id}`, { token: admin })).body.status).toBe('queued');
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`, [`dispatch:wo:${id}:queue-retry:%`])).toBe(1);

    at(30); // back since minute 20
    await t.fireDueTimers();
    const now = (await t.http('GET', `/v1/work-orders/${id}`, { token: admin })).body;
    expect(now).toMatchObject({ status: 'assigned', engineerId: ENGINEER, assignedAt: new Date(t0.getTime() + 30 * MIN).toISOString() });
    expect(now.assignments[0]).toMatchObject({ kind: 'automatic', assignedBy: 'dispatch:queue-retry' });
    expect(await events(id)).toEqual(['queued.v1', 'assigned.v1']);
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND (fired_at IS NULL OR dead_at IS NOT NULL OR attempts > 0)`, [`dispatch:wo:${id}:queue-retry:%`])).toBe(0);
  });

  it('hands the not-yet-started orders of an engineer who goes on leave to the next best engineer (R-DS-3)', async () => {
    const admin = await t.token('admin');
    const OTHER = '00000000-0000-4000-8000-0000000000ea';
    const profile = { name: 'Wang Fang', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 3 };
    expect((await t.http('PUT', `/v1/engineers/${OTHER}`, { token: admin, body: profile })).status).toBe(200);
    const mine = (await t.http('GET', `/v1/engineers/${ENGINEER}/work-orders/today`, { token: admin })).body.items.map((w: { id: string }) => w.id);
    expect(mine).toHaveLength(1);
    at(60);
    const leave = [{ from: new Date(t0.getTime() + 60 * MIN).toISOString(), to: '2026-12-01T00:00:00Z', reason: 'annual leave' }];
    const put = await t.http('PUT', `/v1/engineers/${ENGINEER}`, { token: admin, body: { ...profile, name: 'Li Wei', leave } });
    expect(put.status).toBe(200);
    // The clock passed the 30-minute acknowledgement step, which the app's worker fires concurrently: if it held the
    // order during the save, the save skipped it and a handover timer hands it on seconds later (handover.int-spec).
    // Past that delay, one timer round on the app has done either way (it waits for the worker's round in progress).
    at(61);
    await t.fireDueTimers();
    expect((await t.http('GET', `/v1/engineers/${ENGINEER}`, { token: admin })).body.openOrders).toBe(0);
    const moved = (await t.http('GET', `/v1/work-orders/${mine[0]}`, { token: admin })).body;
    expect(moved).toMatchObject({ engineerId: OTHER, assignment: { kind: 'reassigned' } });
    expect(moved.assignments.map((a: { engineerId: string; endReason: string | null }) => [a.engineerId, a.endReason])).toEqual([
      [ENGINEER, 'engineer on leave'],
      [OTHER, null],
    ]);
  });
});
