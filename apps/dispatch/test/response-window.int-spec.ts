/**
 * Issue #15, R-SLA-2 and R-SLA-4 as the SLA plan says them: after assignment the engineer contacts the customer within
 * 1 hour for P1 and P2 and within 30 minutes for P3 and P4; the reminder ladder (30 and 45 minutes, reassigned at 45
 * by default) is the plan's, carried on intake's dispatch request; a priority change on the case reaches the order
 * and re-applies its window. A request without the plan's figures keeps dispatch's own (one hour, 30/45).
 * Real PostgreSQL and NATS, a manual clock.
 */
import { randomUUID } from 'node:crypto';
import { WorkOrderAcknowledgementRemindedV1, WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1, CaseDispatchRequestedV1Data, CasePriorityChangedV1 } from '@aftersales/contracts-intake';
import { EventCollector, waitFor } from '@aftersales/platform-testing';
import { DispatchUnderTest, putOrganisation, startDispatch } from './dispatch-under-test';

const LI_WEI = '00000000-0000-4000-8000-0000000000d1';
const WANG_FANG = '00000000-0000-4000-8000-0000000000d2';
const STANDARD = {
  planCode: 'standard',
  windowMinutesByPriority: { P1: 60, P2: 60, P3: 30, P4: 30 },
  ladder: [
    { afterMinutes: 30, reassign: false },
    { afterMinutes: 45, reassign: true },
  ],
};

describe('dispatch: the engineer responds within the window of the case priority (R-SLA-2, issue #15)', () => {
  let t: DispatchUnderTest;
  let events: EventCollector;
  let agent: string;
  const t0 = new Date('2026-11-23T02:00:00.000Z'); // Monday 10:00 in Shanghai

  const request = (over: Partial<CaseDispatchRequestedV1Data> = {}): CaseDispatchRequestedV1Data => ({
    caseId: randomUUID(),
    caseNumber: 'CS-20261123-000015',
    customerId: randomUUID(),
    productModel: 'PX-2000',
    serialNumber: `SN-${randomUUID().slice(0, 8)}`,
    category: 'fault-hardware',
    priority: 'P3',
    serviceMode: 'on-site',
    inWarranty: true,
    region: 'east',
    requestedAt: t0.toISOString(),
    engineerResponse: STANDARD,
    ...over,
  });
  /** Intake asks for dispatch; answers the order once it is assigned. */
  const dispatched = async (data: CaseDispatchRequestedV1Data) => {
    await t.publish(CaseDispatchRequestedV1, { aggregateId: data.caseId, data });
    await events.waitFor((e) => e.type === WorkOrderAssignedV1.subject && (e.data as WorkOrderAssignedV1Data).caseId === data.caseId);
    return (await t.http('GET', `/v1/work-orders?caseId=${data.caseId}`, { token: agent })).body.items[0];
  };
  /** The order's engineer calls the customer: its reminders stop (so they do not fire in the later tests). */
  const contacted = async (wo: { id: string; engineerId: string }) =>
    expect((await t.http('POST', `/v1/work-orders/${wo.id}/customer-contacted`, { token: await t.token('engineer', { sub: wo.engineerId }), body: { channel: 'phone' } })).status).toBe(200);
  const get = async (id: string) => (await t.http('GET', `/v1/work-orders/${id}`, { token: agent })).body;

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
    agent = await t.token('agent');
    events = await t.events();
    await putOrganisation(t, {
      units: [['BR-E', { name: 'East', kind: 'branch', regions: ['east'] }]],
      engineers: [
        [LI_WEI, { name: 'Li Wei', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 20 }],
        [WANG_FANG, { name: 'Wang Fang', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 5 }],
      ],
    });
  });
  afterAll(() => t?.close());

  it('a P3 order assigned at 10:00 is to be answered by 10:30, a P1 order by 11:00; reminders at 10:30 and 10:45', async () => {
    t.clock.set(t0);
    const p3 = await dispatched(request({ priority: 'P3' }));
    expect(p3).toMatchObject({ engineerName: 'Li Wei', assignedAt: '2026-11-23T02:00:00.000Z', respondBy: '2026-11-23T02:30:00.000Z' });
    expect((await get(p3.id)).pendingReminders).toEqual([
      { dueAt: '2026-11-23T02:30:00.000Z', step: '30' },
      { dueAt: '2026-11-23T02:45:00.000Z', step: '45' },
    ]);
    const p1 = await dispatched(request({ priority: 'P1' }));
    expect(p1).toMatchObject({ respondBy: '2026-11-23T03:00:00.000Z' });
    await contacted(p3);
    await contacted(p1);
  });

  it('the case raised from P3 to P1 at 10:10: the order is P1 and Li Wei has until 11:00; lowered back to P4, until 10:30', async () => {
    t.clock.set(t0);
    const wo = await dispatched(request({ priority: 'P3' }));
    t.clock.set(new Date(t0.getTime() + 10 * 60_000));
    const change = (from: 'P1' | 'P3' | 'P4', to: 'P1' | 'P3' | 'P4') =>
      t.publish(CasePriorityChangedV1, { aggregateId: wo.caseId, data: { caseId: wo.caseId, caseNumber: wo.caseNumber, from, to, reason: 'the whole line is down', changedBy: 'user:agent-1', changedAt: t.clock.now().toISOString() } });
    await change('P3', 'P1');
    await waitFor(async () => (await get(wo.id)).priority === 'P1', { what: 'the order reprioritised' });
    expect(await get(wo.id)).toMatchObject({ priority: 'P1', respondBy: '2026-11-23T03:00:00.000Z', version: wo.version + 1 });
    await change('P1', 'P4');
    await waitFor(async () => (await get(wo.id)).priority === 'P4', { what: 'the order reprioritised again' });
    expect(await get(wo.id)).toMatchObject({ respondBy: '2026-11-23T02:30:00.000Z' });
    await contacted(wo);
  });

  it("a plan whose ladder reminds at 10 and reassigns at 20 minutes: Li Wei, assigned at 11:00 and silent, is reminded at 11:10 and the order goes to Wang Fang at 11:20", async () => {
    t.clock.set(new Date(t0.getTime() + 60 * 60_000)); // 11:00
    const wo = await dispatched(request({ priority: 'P2', engineerResponse: { ...STANDARD, planCode: 'brisk', ladder: [{ afterMinutes: 10, reassign: false }, { afterMinutes: 20, reassign: true }] } }));
    expect(wo).toMatchObject({ engineerId: LI_WEI, respondBy: '2026-11-23T04:00:00.000Z' });
    expect((await get(wo.id)).pendingReminders.map((r: { dueAt: string }) => r.dueAt)).toEqual(['2026-11-23T03:10:00.000Z', '2026-11-23T03:20:00.000Z']);
    t.clock.set(new Date('2026-11-23T03:19:00.000Z'));
    await t.fireDueTimers();
    const reminded = await events.waitFor((e) => e.type === WorkOrderAcknowledgementRemindedV1.subject && e.subject === wo.id);
    expect(reminded.data).toMatchObject({ engineerId: LI_WEI, minutesSinceAssignment: 10, reassigned: false });
    expect(await get(wo.id)).toMatchObject({ engineerId: LI_WEI });
    t.clock.set(new Date('2026-11-23T03:20:00.000Z'));
    await t.fireDueTimers();
    const after = await get(wo.id);
    expect(after).toMatchObject({ engineerId: WANG_FANG, engineerName: 'Wang Fang', respondBy: '2026-11-23T04:00:00.000Z' });
    expect(after.assignments.map((a: { engineerName: string; endReason: string | null }) => [a.engineerName, a.endReason])).toEqual([
      ['Li Wei', 'no customer contact 20 minutes after assignment (R-SLA-4)'],
      ['Wang Fang', null],
    ]);
  });

  it("a request without the plan's figures (an older intake) keeps dispatch's own: a P3 order answered within the hour", async () => {
    t.clock.set(new Date('2026-11-23T05:00:00.000Z'));
    const { engineerResponse: _none, ...old } = request({ priority: 'P3' });
    const wo = await dispatched(old);
    expect(wo).toMatchObject({ engineerResponse: null, respondBy: '2026-11-23T06:00:00.000Z' });
  });

  it('refuses a work order with a ladder out of order or a zero window as problem+json, and changes nothing', async () => {
    const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM work_orders) AS w, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM platform_timer) AS t`);
    const { requestedAt: _r, ...body } = request();
    for (const engineerResponse of [
      { ...STANDARD, ladder: [{ afterMinutes: 45, reassign: true }, { afterMinutes: 30, reassign: false }] },
      { ...STANDARD, windowMinutesByPriority: { ...STANDARD.windowMinutesByPriority, P4: 0 } },
      { ...STANDARD, windowMinutesByPriority: { P1: 60 } },
    ]) {
      const res = await t.http('POST', '/v1/work-orders', { token: agent, body: { ...body, engineerResponse } });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await t.dataSource.query(`SELECT (SELECT count(*) FROM work_orders) AS w, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM platform_timer) AS t`)).toEqual(before);
  });
});
