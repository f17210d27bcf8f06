/**
 * Issue #5, part 5: a repeat repair (same unit, same fault, within 3 months of a completed repair) is flagged with an
 * event (R-DS-6); an engineer's orders for today; a manager's board by branch and status.
 */
import { randomUUID } from 'node:crypto';
import { WorkOrderRepeatRepairFlaggedV1, WorkOrderRepeatRepairFlaggedV1Data } from '@aftersales/contracts-dispatch';
import { EventCollector } from '@aftersales/platform-testing';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

const EAST = '00000000-0000-4000-8000-0000000000d1';
const WEST = '00000000-0000-4000-8000-0000000000d2';

describe('dispatch: repeat repairs and working lists', () => {
  let t: DispatchUnderTest;
  let events: EventCollector;
  let agent: string;
  let manager: string;

  const create = async (over: object) => {
    const res = await t.http('POST', '/v1/work-orders', { token: agent, body: {
      caseId: randomUUID(),
      caseNumber: 'CS-20260801-000001',
      customerId: randomUUID(),
      productModel: 'PX-2000',
      serialNumber: 'SN-REPEAT-1',
      category: 'fault-hardware',
      priority: 'P3',
      serviceMode: 'on-site',
      inWarranty: true,
      region: 'east',
      ...over,
    } });
    expect(res.status).toBe(201);
    return res.body;
  };
  const complete = async (wo: { id: string; engineerId: string }) =>
    expect((await t.http('POST', `/v1/work-orders/${wo.id}/complete`, { token: manager, body: { partsUsed: [], resolution: 'fixed' } })).status).toBe(200);

  beforeAll(async () => {
    t = await startDispatch();
    const admin = await t.token('admin');
    agent = await t.token('agent');
    manager = await t.token('manager');
    events = await t.events();
    for (const [code, regions] of [
      ['BR-E', ['east']],
      ['BR-W', ['west']],
    ] as const) {
      expect((await t.http('PUT', `/v1/org-units/${code}`, { token: admin, body: { name: code, kind: 'branch', regions } })).status).toBe(200);
    }
    const calendar = { id: 'sh', timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '00:00', end: '24:00' }]])) }] };
    expect((await t.http('PUT', `/v1/engineers/${EAST}`, { token: admin, body: { name: 'East', homeBranch: 'BR-E', region: 'east', skills: ['hardware', 'software'], level: 2, maxConcurrentOrders: 10, calendar } })).status).toBe(200);
    expect((await t.http('PUT', `/v1/engineers/${WEST}`, { token: admin, body: { name: 'West', homeBranch: 'BR-W', region: 'west', skills: ['hardware'], level: 2, maxConcurrentOrders: 10 } })).status).toBe(200);
  });
  afterAll(() => t?.close());

  it('flags the same unit failing with the same fault within 3 months, with the repair that did not last (R-DS-6)', async () => {
    t.clock.set(new Date('2026-08-01T02:00:00.000Z'));
    const first = await create({});
    expect(first.repeatOf).toBeNull();
    await complete(first);

    t.clock.set(new Date('2026-10-01T02:00:00.000Z'));
    const again = await create({});
    expect(again.repeatOf).toBe(first.id);
    const flagged = (await events.waitFor((e) => e.type === WorkOrderRepeatRepairFlaggedV1.subject && e.subject === again.id)).data as WorkOrderRepeatRepairFlaggedV1Data;
    expect(flagged).toMatchObject({
      serialNumber: 'SN-REPEAT-1',
      category: 'fault-hardware',
      previousWorkOrderId: first.id,
      previousCaseId: first.caseId,
      previousEngineerId: EAST,
      previousCompletedAt: '2026-08-01T02:00:00.000Z',
      flaggedAt: '2026-10-01T02:00:00.000Z',
    });
    expect((await create({ category: 'fault-software' })).repeatOf).toBeNull(); // another fault
    expect((await create({ serialNumber: 'SN-OTHER' })).repeatOf).toBeNull(); // another unit

    t.clock.set(new Date('2026-11-02T02:00:00.000Z')); // 3 months and a day after the only completed repair
    expect((await create({})).repeatOf).toBeNull();
    const flags = await t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1`, [WorkOrderRepeatRepairFlaggedV1.subject]);
    expect(flags).toBe(1);
  });

  it('lists an engineer’s day in their zone, and the manager’s board by branch and status', async () => {
    // 23:30 UTC on 2 November is 07:30 on 3 November in Shanghai.
    t.clock.set(new Date('2026-11-02T23:30:00.000Z'));
    const urgent = await create({ priority: 'P1', serialNumber: 'SN-URGENT' });
    const done = await create({ serialNumber: 'SN-DONE' });
    await complete(done);
    const west = await create({ region: 'west', serialNumber: 'SN-WEST' });
    expect(west.engineerId).toBe(WEST);

    const day = await t.http('GET', `/v1/engineers/${EAST}/work-orders/today`, { token: await t.token('engineer', { sub: EAST }) });
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({ engineerId: EAST, date: '2026-11-03', timeZone: 'Asia/Shanghai' });
    const ids = day.body.items.map((w: { id: string }) => w.id);
    expect(ids[0]).toBe(urgent.id); // P1 first
    expect(ids[ids.length - 1]).toBe(done.id); // completed today, last
    expect(ids).not.toContain(west.id);
    expect(day.body.items.filter((w: { status: string }) => w.status === 'completed')).toHaveLength(1); // not the August one
    // In UTC the same instant is still 2 November.
    const utc = await t.http('GET', `/v1/engineers/${EAST}/work-orders/today?timeZone=UTC`, { token: manager });
    expect(utc.body.date).toBe('2026-11-02');

    const board = await t.http('GET', '/v1/work-orders/board', { token: manager });
    expect(board.status).toBe(200);
    const east = board.body.branches.find((b: { branchCode: string }) => b.branchCode === 'BR-E');
    const eastOpen = await t.count(`SELECT count(*)::int AS n FROM work_orders WHERE branch_code = 'BR-E' AND status = 'assigned'`);
    expect(east.counts).toMatchObject({ assigned: eastOpen, completed: 2, queued: 0 });
    expect(board.body.branches.find((b: { branchCode: string }) => b.branchCode === 'BR-W').counts.assigned).toBe(1);
    const one = await t.http('GET', '/v1/work-orders/board?branchCode=BR-E', { token: manager });
    expect(one.body.branches).toHaveLength(1);
    expect(one.body.columns.assigned).toHaveLength(eastOpen);
    expect(one.body.columns.assigned[0].id).toBe(urgent.id);
  });

  it('refuses bad list queries with problem+json', async () => {
    const cases: [string, string, number][] = [
      [`/v1/engineers/${EAST}/work-orders/today?timeZone=Mars/Base`, manager, 400],
      [`/v1/engineers/${EAST}/work-orders/today?day=1`, manager, 400],
      [`/v1/engineers/${EAST}/work-orders/today`, await t.token('engineer', { sub: WEST }), 403],
      [`/v1/engineers/${randomUUID()}/work-orders/today`, manager, 404],
      ['/v1/work-orders/board?status=queued', manager, 400],
      ['/v1/work-orders/board', await t.token('engineer', { sub: EAST }), 403],
    ];
    for (const [url, token, status] of cases) {
      const res = await t.http('GET', url, { token });
      expect([url, res.status]).toEqual([url, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
