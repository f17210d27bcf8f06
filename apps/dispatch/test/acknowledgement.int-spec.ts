/**
 * Issue #5, part 3 (R-SLA-4): the assigned engineer must contact the customer within an hour; reminders at 30 and 45
 * minutes; at 45 minutes without contact the order goes to the next best engineer, told to respond at once. The
 * timers are durable (platform-timers, in dispatch's database) and fire once across a restart and two replicas; the
 * clock is a manual one. The contact is published so intake can stop its response clock.
 */
import { randomUUID } from 'node:crypto';
import { WorkOrderCustomerContactedV1, WorkOrderCustomerContactedV1Data } from '@aftersales/contracts-dispatch';
import { EventCollector } from '@aftersales/platform-testing';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

const SILENT = '00000000-0000-4000-8000-0000000000a1';
const NEXT = '00000000-0000-4000-8000-0000000000a2';
const MIN = 60_000;

describe('dispatch: acknowledgement within the hour (R-SLA-4)', () => {
  let t: DispatchUnderTest;
  let events: EventCollector;
  let agent: string;
  const t0 = new Date('2026-11-23T02:00:00.000Z');

  const outbox = async (type: string, workOrderId: string) =>
    (await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2 ORDER BY position`, [
      `aftersales.dispatch.work-order.${type}.v1`,
      workOrderId,
    ])) as { envelope: { data: Record<string, unknown>; sequence: number } }[];
  const at = (minutes: number) => t.clock.set(new Date(t0.getTime() + minutes * MIN));
  const create = async () => {
    const res = await t.http('POST', '/v1/work-orders', { token: agent, body: {
      caseId: randomUUID(),
      caseNumber: 'CS-20261123-000009',
      customerId: randomUUID(),
      productModel: 'PX-2000',
      serialNumber: 'SN-1',
      category: 'fault-hardware',
      priority: 'P2',
      serviceMode: 'on-site',
      inWarranty: true,
      region: 'east',
    } });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
    agent = await t.token('agent');
    const admin = await t.token('admin');
    events = await t.events();
    expect((await t.http('PUT', '/v1/org-units/BR-E', { token: admin, body: { name: 'East', kind: 'branch', regions: ['east'] } })).status).toBe(200);
    for (const [id, max, name] of [
      [SILENT, 3, 'Gao Yang'],
      [NEXT, 2, 'Hu Jing'],
    ] as const) {
      const res = await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: { name, homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: max } });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('reminds at 30, and at 45 reminds and reassigns to the next best engineer, once across a restart and two replicas', async () => {
    const wo = await create();
    expect(wo).toMatchObject({ engineerId: SILENT, engineerName: 'Gao Yang', respondBy: '2026-11-23T03:00:00.000Z' });
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: agent })).body.pendingReminders).toEqual([
      { dueAt: '2026-11-23T02:30:00.000Z', step: '30' },
      { dueAt: '2026-11-23T02:45:00.000Z', step: '45' },
    ]);

    at(29);
    await t.fireDueTimers();
    expect(await outbox('acknowledgement-reminded', wo.id)).toEqual([]);

    at(30);
    await t.fireDueTimers();
    const [thirty] = await outbox('acknowledgement-reminded', wo.id);
    expect(thirty.envelope.data).toMatchObject({ engineerId: SILENT, minutesSinceAssignment: 30, respondBy: '2026-11-23T03:00:00.000Z', reassigned: false });

    // A restart: the 45-minute timer lives in the database, not in the process.
    await t.restart();
    at(45);
    const replica = await t.startReplica();
    await Promise.all([t.fireDueTimers(t.app), t.fireDueTimers(replica), t.fireDueTimers(t.app), t.fireDueTimers(replica)]);
    await t.fireDueTimers();

    const reminders = await outbox('acknowledgement-reminded', wo.id);
    expect(reminders.map((r) => [r.envelope.data.minutesSinceAssignment, r.envelope.data.reassigned])).toEqual([
      [30, false],
      [45, true],
    ]);
    const assigned = await outbox('assigned', wo.id);
    expect(assigned.map((a) => [a.envelope.data.engineerId, a.envelope.data.assignment, a.envelope.data.respondImmediately])).toEqual([
      [SILENT, 'automatic', false],
      [NEXT, 'reassigned', true],
    ]);
    // The new engineer inherits the promise made to the customer: respond by the original hour.
    expect(assigned[1].envelope.data).toMatchObject({ previousEngineerId: SILENT, respondBy: '2026-11-23T03:00:00.000Z' });
    // Issue #15: the order and its events name the engineers as people call them.
    expect(assigned.map((a) => [a.envelope.data.engineerName, a.envelope.data.previousEngineerName])).toEqual([
      ['Gao Yang', null],
      ['Hu Jing', 'Gao Yang'],
    ]);
    const after = (await t.http('GET', `/v1/work-orders/${wo.id}`, { token: agent })).body;
    expect(after).toMatchObject({ engineerId: NEXT, engineerName: 'Hu Jing', respondBy: '2026-11-23T03:00:00.000Z' });
    expect(after.assignments.map((a: { engineerName: string; endReason: string | null }) => [a.engineerName, a.endReason])).toEqual([
      ['Gao Yang', 'no customer contact 45 minutes after assignment (R-SLA-4)'],
      ['Hu Jing', null],
    ]);
    expect(after.pendingReminders.map((r: { dueAt: string }) => r.dueAt)).toEqual(['2026-11-23T03:15:00.000Z', '2026-11-23T03:30:00.000Z']);
    const load = await t.dataSource.query(`SELECT id, open_orders FROM engineers ORDER BY id`);
    expect(load.map((r: { open_orders: number }) => r.open_orders)).toEqual([0, 1]);
    // Every timer fired once: the fired rows are the record.
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NOT NULL`, [`dispatch:wo:${wo.id}:ack:%`])).toBe(2);
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE dead_at IS NOT NULL OR attempts > 0`)).toBe(0);

    // The new engineer calls the customer at once: the timers stop and intake is told.
    at(50);
    const contacted = await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token: await t.token('engineer', { sub: NEXT }), body: { channel: 'phone' } });
    expect(contacted.status).toBe(200);
    expect(contacted.body.customerContactedAt).toBe('2026-11-23T02:50:00.000Z');
    const event = (await events.waitFor((e) => e.type === WorkOrderCustomerContactedV1.subject && e.subject === wo.id)).data as WorkOrderCustomerContactedV1Data;
    expect(event).toMatchObject({ engineerId: NEXT, channel: 'phone', contactedAt: '2026-11-23T02:50:00.000Z', respondBy: '2026-11-23T03:00:00.000Z', withinTarget: true });
    at(120);
    await t.fireDueTimers();
    expect((await outbox('acknowledgement-reminded', wo.id)).length).toBe(2);
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: agent })).body.pendingReminders).toEqual([]);
  });

  it('keeps the silent engineer when nobody else is eligible at 45 minutes, and still reminds', async () => {
    at(200);
    const wo = await create(); // NEXT (1/2) and SILENT (0/3): SILENT has more room
    expect(wo.engineerId).toBe(SILENT);
    // A manager gives NEXT another order: full, so nobody else can take this one at 45 minutes.
    const other = await create();
    expect((await t.http('POST', `/v1/work-orders/${other.id}/assign`, { token: await t.token('manager'), body: { engineerId: NEXT } })).status).toBe(200);
    const full = (await t.dataSource.query(`SELECT open_orders FROM engineers WHERE id = $1`, [NEXT]))[0].open_orders;
    expect(full).toBe(2);
    at(245);
    await t.fireDueTimers();
    await t.fireDueTimers();
    const reminders = await outbox('acknowledgement-reminded', wo.id);
    expect(reminders.map((r) => [r.envelope.data.minutesSinceAssignment, r.envelope.data.reassigned])).toEqual([
      [30, false],
      [45, false],
    ]);
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: agent })).body.engineerId).toBe(SILENT);
    // Late contact is still recorded, and marked as outside the target.
    at(270);
    const late = await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token: await t.token('engineer', { sub: SILENT }), body: { channel: 'sms' } });
    expect(late.status).toBe(200);
    expect((await outbox('customer-contacted', wo.id))[0].envelope.data).toMatchObject({ withinTarget: false });
  });

  it('refuses bad contact records with problem+json and changes nothing', async () => {
    at(400);
    const wo = await create();
    await t.fireDueTimers(); // the earlier orders' reminders that fell due when the clock moved
    const mine = await t.token('engineer', { sub: wo.engineerId });
    const before = await t.dataSource.query(`SELECT (SELECT json_agg(w ORDER BY id) FROM work_orders w) AS w, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM platform_timer WHERE fired_at IS NULL) AS t`);
    const attempts: [string, object, number][] = [
      [mine, { channel: 'pigeon' }, 400],
      [mine, { channel: 'phone', contactedAt: '2026-11-23T09:00:00.000Z' }, 400],
      [mine, { channel: 'phone', contactedAt: '2026-11-23T08:00:00.000Z' }, 400],
      [mine, { channel: 'phone', contactedAt: 'soon' }, 400],
      [await t.token('engineer', { sub: randomUUID() }), { channel: 'phone' }, 403],
      [await t.token('agent'), { channel: 'phone' }, 403],
    ];
    for (const [token, body, status] of attempts) {
      const res = await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token, body });
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.http('POST', `/v1/work-orders/${randomUUID()}/customer-contacted`, { token: mine, body: { channel: 'phone' } })).status).toBe(404);
    expect(await t.dataSource.query(`SELECT (SELECT json_agg(w ORDER BY id) FROM work_orders w) AS w, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM platform_timer WHERE fired_at IS NULL) AS t`)).toEqual(before);
    expect((await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token: mine, body: { channel: 'phone' } })).status).toBe(200);
    expect((await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token: mine, body: { channel: 'phone' } })).status).toBe(409);
  });
});
