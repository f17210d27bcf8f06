/**
 * Issue #5, part 5: remote sessions with the customer's consent, before any on-site visit (R-DS-1, R-DS-2), and
 * appointments agreed with the customer (R-DS-4) against the 24-hour arrangement target (R-SLA-1).
 */
import { randomUUID } from 'node:crypto';
import { WorkOrderAppointmentConfirmedV1, WorkOrderRemoteSessionEndedV1 } from '@aftersales/contracts-dispatch';
import { DispatchUnderTest, putOrganisation, startDispatch } from './dispatch-under-test';

const ENGINEER = '00000000-0000-4000-8000-0000000000f1';
const HOUR = 3_600_000;

describe('dispatch: remote sessions and appointments', () => {
  let t: DispatchUnderTest;
  let engineer: string;
  const t0 = new Date('2026-11-23T02:00:00.000Z');
  const at = (hours: number) => t.clock.set(new Date(t0.getTime() + hours * HOUR));
  const iso = (hours: number) => new Date(t0.getTime() + hours * HOUR).toISOString();
  const post = (url: string, body: object, token = engineer) => t.http('POST', url, { token, body });
  const outbox = async (type: string, id: string) =>
    ((await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2 ORDER BY position`, [type, id])) as { envelope: { data: Record<string, unknown> } }[]).map(
      (r) => r.envelope.data,
    );
  const order = async (over: object) => {
    const res = await post(
      '/v1/work-orders',
      {
        caseId: randomUUID(),
        caseNumber: 'CS-20261123-000077',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: `SN-${randomUUID().slice(0, 6)}`,
        category: 'fault-software',
        priority: 'P3',
        serviceMode: 'remote',
        inWarranty: true,
        region: 'east',
        ...over,
      },
      await t.token('agent'),
    );
    expect(res.body.engineerId).toBe(ENGINEER);
    expect((await post(`/v1/work-orders/${res.body.id}/customer-contacted`, { channel: 'phone' })).status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
    engineer = await t.token('engineer', { sub: ENGINEER });
    await putOrganisation(t, { units: [['BR-E', { name: 'East', kind: 'branch', regions: ['east'] }]], engineers: [[ENGINEER, { name: 'Li Wei', homeBranch: 'BR-E', region: 'east', skills: ['hardware', 'software'], level: 2, maxConcurrentOrders: 9 }]] });
  });
  afterAll(() => t?.close());

  it('tries remotely first, with consent, and goes on site only when the session says so (R-DS-1, R-DS-2)', async () => {
    const wo = await order({});
    expect(wo.arrangementDueAt).toBeNull(); // a remote order has no on-site target
    const tooEarly = await post(`/v1/work-orders/${wo.id}/visits`, {});
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.type).toContain('remote-first');

    at(1);
    const started = await post(`/v1/work-orders/${wo.id}/remote-sessions`, { consent: { customerName: 'Zhang San', consentedAt: iso(1), channel: 'phone' }, tool: 'ToDesk' });
    expect(started.status).toBe(201);
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body.status).toBe('in-progress');
    at(1.5);
    const ended = await post(`/v1/remote-sessions/${started.body.id}/end`, { outcome: 'needs-on-site', notes: 'Fan noise: needs hands on' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ outcome: 'needs-on-site', endedAt: iso(1.5) });
    expect(await outbox(WorkOrderRemoteSessionEndedV1.subject, wo.id)).toEqual([
      expect.objectContaining({ sessionId: started.body.id, outcome: 'needs-on-site', serviceMode: 'on-site', startedAt: iso(1), endedAt: iso(1.5) }),
    ]);
    const now = (await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body;
    expect(now).toMatchObject({ serviceMode: 'on-site', arrangementDueAt: iso(25.5), arrangedAt: null });
    expect((await post(`/v1/work-orders/${wo.id}/visits`, {})).status).toBe(201);
  });

  it('agrees a slot with the customer, reschedules it, and records the arrangement against the 24-hour target (R-DS-4, R-SLA-1)', async () => {
    at(10);
    const wo = await order({ serviceMode: 'on-site', category: 'fault-hardware' });
    expect(wo.arrangementDueAt).toBe(iso(34));
    at(11);
    const proposed = await post(`/v1/work-orders/${wo.id}/appointments`, { slotStart: iso(30), slotEnd: iso(32), note: 'morning' });
    expect(proposed.status).toBe(201);
    const customer = await t.token('customer', { customerId: wo.customerId });
    const confirmed = await post(`/v1/appointments/${proposed.body.id}/confirm`, { confirmedBy: 'Zhang San' }, customer);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', confirmedAt: iso(11) });

    at(20);
    const moved = await post(`/v1/appointments/${proposed.body.id}/reschedule`, { slotStart: iso(40), slotEnd: iso(41), reason: 'customer travels' }, customer);
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ status: 'proposed', replaces: proposed.body.id, rescheduleReason: 'customer travels' });
    expect((await post(`/v1/appointments/${moved.body.id}/confirm`, { confirmedBy: 'Zhang San' })).status).toBe(200);

    const events = await outbox(WorkOrderAppointmentConfirmedV1.subject, wo.id);
    expect(events.map((e) => [e.slotStart, e.rescheduled, e.arrangedWithinTarget])).toEqual([
      [iso(30), false, true],
      [iso(40), true, true],
    ]);
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body).toMatchObject({ arrangedAt: iso(11), arrangementDueAt: iso(34) });
    const list = (await t.http('GET', `/v1/work-orders/${wo.id}/appointments`, { token: engineer })).body.items;
    expect(list.map((a: { status: string }) => a.status)).toEqual(['rescheduled', 'confirmed']);

    // An order first arranged 25 hours after it was created missed the target.
    at(100);
    const late = await order({ serviceMode: 'on-site', category: 'fault-hardware' });
    at(125);
    const slot = await post(`/v1/work-orders/${late.id}/appointments`, { slotStart: iso(126), slotEnd: iso(127) });
    expect((await post(`/v1/appointments/${slot.body.id}/confirm`, { confirmedBy: 'Zhang San' })).status).toBe(200);
    expect((await outbox(WorkOrderAppointmentConfirmedV1.subject, late.id))[0]).toMatchObject({ arrangementDueAt: iso(124), arrangedWithinTarget: false });
  });

  it('refuses bad slots, foreign customers and repeated steps with problem+json, and changes nothing', async () => {
    at(200);
    const wo = await order({ serviceMode: 'on-site', category: 'fault-hardware' });
    const slot = await post(`/v1/work-orders/${wo.id}/appointments`, { slotStart: iso(201), slotEnd: iso(202) });
    expect((await post(`/v1/appointments/${slot.body.id}/confirm`, { confirmedBy: 'Zhang San' })).status).toBe(200);
    const remote = await order({});
    const session = await post(`/v1/work-orders/${remote.id}/remote-sessions`, { consent: { customerName: 'Zhang San', consentedAt: iso(200), channel: 'chat' } });
    expect(session.status).toBe(201);
    expect((await post(`/v1/remote-sessions/${session.body.id}/end`, { outcome: 'resolved' })).status).toBe(200);

    const snapshot = () =>
      t.dataSource.query(
        `SELECT (SELECT json_agg(a ORDER BY id) FROM appointments a) AS a, (SELECT json_agg(r ORDER BY id) FROM remote_sessions r) AS r,
                (SELECT json_agg(w ORDER BY id) FROM work_orders w) AS w, (SELECT count(*) FROM messaging_outbox) AS o`,
      );
    const before = await snapshot();
    const attempts: [string, object, number, string?][] = [
      [`/v1/work-orders/${wo.id}/appointments`, { slotStart: iso(199), slotEnd: iso(202) }, 400],
      [`/v1/work-orders/${wo.id}/appointments`, { slotStart: iso(203), slotEnd: iso(202) }, 400],
      [`/v1/work-orders/${wo.id}/appointments`, { slotStart: iso(203), slotEnd: iso(216) }, 400],
      [`/v1/work-orders/${wo.id}/appointments`, { slotStart: 'tomorrow', slotEnd: iso(216) }, 400],
      [`/v1/appointments/${slot.body.id}/confirm`, { confirmedBy: 'Zhang San' }, 409],
      [`/v1/appointments/${slot.body.id}/confirm`, { confirmedBy: 'Li Si' }, 404, await t.token('customer', { customerId: randomUUID() })],
      [`/v1/appointments/${randomUUID()}/confirm`, { confirmedBy: 'Zhang San' }, 404],
      [`/v1/appointments/${slot.body.id}/reschedule`, { slotStart: iso(210), slotEnd: iso(211) }, 400],
      [`/v1/work-orders/${remote.id}/remote-sessions`, { consent: { customerName: 'Zhang San', consentedAt: iso(201), channel: 'chat' } }, 400],
      [`/v1/work-orders/${remote.id}/remote-sessions`, { tool: 'x' }, 400],
      [`/v1/remote-sessions/${session.body.id}/end`, { outcome: 'resolved' }, 409],
      [`/v1/remote-sessions/${session.body.id}/end`, { outcome: 'magic' }, 400],
      [`/v1/work-orders/${remote.id}/remote-sessions`, { consent: { customerName: 'Zhang San', consentedAt: iso(200), channel: 'chat' } }, 403, await t.token('engineer', { sub: randomUUID() })],
    ];
    for (const [url, body, status, token] of attempts) {
      const res = await post(url, body, token ?? engineer);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await snapshot()).toEqual(before);
  });
});
