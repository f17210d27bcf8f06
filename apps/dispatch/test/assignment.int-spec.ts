/**
 * Issue #5, part 2: automatic assignment by skill, region coverage and load with the score's parts stored (R-DS-3),
 * fallback to a neighbouring branch or the repair center, the queue when nobody is eligible (with an event), manual
 * assignment, takeover (R-IN-6) and expert escalation. Bad input changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderAssignedV1, WorkOrderAssignedV1Data, WorkOrderQueuedV1, WorkOrderQueuedV1Data } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1 } from '@aftersales/contracts-intake';
import { EventCollector } from '@aftersales/platform-testing';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

// Ids in a known order, so ties between equal engineers are predictable (lower id first).
const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const WEST = '00000000-0000-4000-8000-000000000003';
const RC = '00000000-0000-4000-8000-000000000004';
const SOFT = '00000000-0000-4000-8000-000000000005';
const EXPERT = '00000000-0000-4000-8000-000000000006';
const NET = '00000000-0000-4000-8000-000000000007';

describe('dispatch: assignment', () => {
  let t: DispatchUnderTest;
  let admin: string;
  let manager: string;
  let agent: string;
  let events: EventCollector;

  const profile = (over: object) => ({ name: 'Engineer', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 2, ...over });
  const order = (over: object = {}) => ({
    caseId: randomUUID(),
    caseNumber: 'CS-20261123-000001',
    customerId: randomUUID(),
    productModel: 'PX-2000',
    serialNumber: `SN-${randomUUID().slice(0, 8)}`,
    category: 'fault-hardware',
    priority: 'P3',
    serviceMode: 'on-site',
    inWarranty: true,
    region: 'east',
    ...over,
  });
  const create = async (over: object = {}) => {
    const res = await t.http('POST', '/v1/work-orders', { token: agent, body: order(over) });
    expect(res.status).toBe(201);
    return res.body;
  };
  const get = async (id: string) => (await t.http('GET', `/v1/work-orders/${id}`, { token: agent })).body;
  const openOrders = async (id: string) => (await t.http('GET', `/v1/engineers/${id}`, { token: agent })).body.openOrders;
  const snapshot = () =>
    t.dataSource.query(
      `SELECT (SELECT json_agg(w ORDER BY id) FROM work_orders w) AS w, (SELECT json_agg(a ORDER BY id) FROM work_order_assignments a) AS a,
              (SELECT json_agg(e ORDER BY id) FROM engineers e) AS e, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM platform_timer) AS t`,
    );

  beforeAll(async () => {
    t = await startDispatch();
    admin = await t.token('admin');
    manager = await t.token('manager');
    agent = await t.token('agent');
    events = await t.events();
    for (const [code, body] of [
      ['BR-E', { name: 'East', kind: 'branch', regions: ['east'] }],
      ['BR-N', { name: 'North', kind: 'branch', regions: ['north'], neighbours: ['BR-E'] }],
      ['BR-W', { name: 'West', kind: 'branch', regions: ['west'] }],
      ['RC', { name: 'Repair center', kind: 'repair-center' }],
      ['TC', { name: 'Technical center', kind: 'technical-center' }],
    ] as const) {
      expect((await t.http('PUT', `/v1/org-units/${code}`, { token: admin, body })).status).toBe(200);
    }
    for (const [id, over] of [
      [E1, { name: 'Li Wei' }],
      [E2, { name: 'Wang Fang' }],
      [WEST, { name: 'Chen Jie', homeBranch: 'BR-W', region: 'west' }],
      [RC, { name: 'Zhou Min', homeBranch: 'RC', region: 'central', maxConcurrentOrders: 10 }],
      [SOFT, { name: 'Sun Hao', skills: ['software'] }],
      [EXPERT, { name: 'Dr. Ma', homeBranch: 'TC', region: 'central', level: 5, expert: true, maxConcurrentOrders: 1 }],
    ] as const) {
      expect((await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: profile(over) })).status).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('covers a region without engineers from the neighbouring branch, then from the repair center (R-DS-3)', async () => {
    const north = await create({ region: 'north' }); // BR-N has no engineers; BR-E is its neighbour
    expect(north.engineerId).toBe(E1);
    expect(north.assignment).toMatchObject({ coverage: 'neighbour-branch', parts: { region: 15 } });
    expect(north.assignment.reasons).toContain('covers region north from neighbouring branch BR-E');
    const south = await create({ region: 'south' }); // nobody's region or neighbour: the repair center
    expect(south).toMatchObject({ engineerId: RC, branchCode: null });
    expect(south.assignment).toMatchObject({ coverage: 'repair-center', parts: { region: 10 } });
  });

  it('assigns by skill, region and load, and keeps why: the score parts on the order, its history and the event', async () => {
    const first = await create();
    expect(first).toMatchObject({ status: 'assigned', engineerId: E2, branchCode: 'BR-E', requiredSkill: 'hardware' }); // E1 carries the northern order
    const stored = await get(first.id);
    expect(stored.assignments).toHaveLength(1);
    expect(stored.assignments[0]).toMatchObject({
      engineerId: E2,
      kind: 'automatic',
      score: { total: 40 + 30 + 20 + 10, parts: { skill: 40, level: 0, region: 30, load: 20, availability: 10 }, coverage: 'own-region' },
    });
    expect(stored.assignments[0].score.reasons).toEqual(['has skill hardware', 'works in region east', '0/2 open orders', 'working now']);
    expect(stored.respondBy).toBe(new Date(Date.parse(stored.assignedAt) + 3_600_000).toISOString());
    const second = await create();
    expect(second.engineerId).toBe(E1); // both at 1 of 2 now: equal scores, the lower id
    expect(second.assignment.parts.load).toBe(10);
    const third = await create();
    expect(third.engineerId).toBe(E2);
    expect([await openOrders(E1), await openOrders(E2)]).toEqual([2, 2]);
    const fourth = await create(); // the eastern engineers are full: the repair center covers east too
    expect(fourth.assignment).toMatchObject({ engineerId: RC, coverage: 'repair-center' });

    const event = (await events.waitFor((e) => e.type === WorkOrderAssignedV1.subject && e.subject === first.id)).data as WorkOrderAssignedV1Data;
    expect(event).toMatchObject({ engineerId: E2, assignment: 'automatic', respondBy: stored.respondBy, respondImmediately: false });
    expect(event.reasons).toContain('works in region east');
  });

  it('queues an order nobody can take, says why in an event, and assigns it when an engineer becomes eligible', async () => {
    const queued = await create({ category: 'fault-network' });
    expect(queued).toMatchObject({ status: 'queued', engineerId: null });
    expect(queued.queueReason.rejections).toEqual({ 'missing-skill': 6 });
    const event = (await events.waitFor((e) => e.type === WorkOrderQueuedV1.subject && e.subject === queued.id)).data as WorkOrderQueuedV1Data;
    expect(event).toMatchObject({ workOrderId: queued.id, requiredSkill: 'network', region: 'east', expert: false, rejections: { 'missing-skill': 6 } });
    expect(event.reason).toBe('no eligible engineer: 6 missing-skill');

    // Over the event path too: intake's dispatch request for a case nobody can take.
    const caseId = uuidv7();
    await t.publish(CaseDispatchRequestedV1, {
      aggregateId: caseId,
      data: { ...order({ caseId, category: 'fault-network', region: 'west' }), requestedAt: new Date().toISOString() } as never,
    });
    const viaEvent = (await events.waitFor((e) => e.type === WorkOrderQueuedV1.subject && (e.data as WorkOrderQueuedV1Data).caseId === caseId)).data as WorkOrderQueuedV1Data;

    expect((await t.http('PUT', `/v1/engineers/${NET}`, { token: admin, body: profile({ name: 'Network Ng', skills: ['network'], maxConcurrentOrders: 1 }) })).status).toBe(200);
    const now = await get(queued.id);
    expect(now).toMatchObject({ status: 'assigned', engineerId: NET, queuedAt: null, queueReason: null });
    // The other one is still waiting: NET has one slot and is not of the west's branch or its neighbours.
    expect((await get(viaEvent.workOrderId)).status).toBe('queued');
  });

  it('lets a manager reassign, an engineer take over and the assigned engineer escalate to an expert, each kept with its score', async () => {
    const wo = await create({ region: 'west' });
    expect(wo.engineerId).toBe(WEST);
    const reassigned = await t.http('POST', `/v1/work-orders/${wo.id}/assign`, { token: manager, body: { engineerId: SOFT, note: 'knows this customer' } });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body.engineerId).toBe(SOFT);
    expect(reassigned.body.assignment.reasons).toEqual(['not eligible automatically: missing-skill', expect.stringContaining('knows this customer')]);

    const takeover = await t.http('POST', `/v1/work-orders/${wo.id}/take-over`, { token: await t.token('engineer', { sub: WEST }) });
    expect(takeover.body).toMatchObject({ engineerId: WEST, assignment: { kind: 'takeover' } });

    const escalated = await t.http('POST', `/v1/work-orders/${wo.id}/escalate`, { token: await t.token('engineer', { sub: WEST }), body: { reason: 'intermittent fault, needs the lab' } });
    expect(escalated.body).toMatchObject({ engineerId: EXPERT, expert: true, assignment: { kind: 'escalated', coverage: 'technical-center' } });
    const history = (await get(wo.id)).assignments;
    expect(history.map((a: { kind: string; engineerId: string; endReason: string | null }) => [a.kind, a.engineerId, a.endReason])).toEqual([
      ['automatic', WEST, 'reassigned'],
      ['reassigned', SOFT, 'taken-over'],
      ['takeover', WEST, 'escalated to an expert: intermittent fault, needs the lab'],
      ['escalated', EXPERT, null],
    ]);
    expect([await openOrders(WEST), await openOrders(SOFT), await openOrders(EXPERT)]).toEqual([0, 0, 1]);

    // The only expert is busy now: the next escalation waits in the queue for one.
    const next = await create({ region: 'west' });
    const waiting = await t.http('POST', `/v1/work-orders/${next.id}/escalate`, { token: manager, body: { reason: 'needs an expert' } });
    expect(waiting.body).toMatchObject({ status: 'queued', expert: true, engineerId: null });
    expect(waiting.body.queueReason.reason).toContain('(expert escalation)');
    expect(await openOrders(WEST)).toBe(0);
  });

  it('creates one work order per case from intake’s dispatch request, however often it is published', async () => {
    const caseId = uuidv7();
    const slaDueAt = [{ clock: 'diagnosis', dueAt: new Date(Date.now() + 4 * 3_600_000).toISOString(), rule: 'R-SLA-3: P2 diagnosed within 4 h' }];
    const request = { ...order({ caseId, region: 'south' }), requestedAt: new Date().toISOString(), slaDueAt } as never;
    const first = await t.publish(CaseDispatchRequestedV1, { aggregateId: caseId, data: request });
    await t.publish(CaseDispatchRequestedV1, { aggregateId: caseId, data: request, id: first.id, msgId: randomUUID() }); // the same event again
    await t.publish(CaseDispatchRequestedV1, { aggregateId: caseId, data: request }); // the same request, a new event
    const sentinel = uuidv7();
    await t.publish(CaseDispatchRequestedV1, { aggregateId: sentinel, data: { ...order({ caseId: sentinel, region: 'south' }), requestedAt: new Date().toISOString() } as never });
    // One consumer handles in order: once the sentinel's order exists, the copies were handled.
    await events.waitFor((e) => e.type === WorkOrderAssignedV1.subject && (e.data as WorkOrderAssignedV1Data).caseId === sentinel);
    const orders = await t.http('GET', `/v1/work-orders?caseId=${caseId}`, { token: agent });
    expect(orders.body.items).toHaveLength(1);
    expect(orders.body.items[0]).toMatchObject({ status: 'assigned', engineerId: RC, region: 'south', slaDueAt }); // the case's deadlines, kept
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->'data'->>'caseId' = $1`, [caseId])).toBe(1);
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_dead_letter`)).toBe(0);
  });

  it('creates a work order once per Idempotency-Key and answers a retry with the first answer', async () => {
    const body = order({ region: 'south' });
    const first = await t.http('POST', '/v1/work-orders', { token: agent, body, headers: { 'idempotency-key': 'wo-retry-1' } });
    const retry = await t.http('POST', '/v1/work-orders', { token: agent, body, headers: { 'idempotency-key': 'wo-retry-1' } });
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(await t.count(`SELECT count(*)::int AS n FROM work_orders WHERE case_id = $1`, [body.caseId])).toBe(1);
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE aggregate_id = $1`, [first.body.id])).toBe(1);
    const reused = await t.http('POST', '/v1/work-orders', { token: agent, body: { ...body, priority: 'P1' }, headers: { 'idempotency-key': 'wo-retry-1' } });
    expect(reused.status).toBe(422);
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    const wo = await create({ region: 'south' });
    const before = await snapshot();
    const engineerToken = await t.token('engineer', { sub: E1 });
    const attempts: [string, string, string, object | undefined, number][] = [
      ['POST', '/v1/work-orders', agent, { ...order(), priority: 'P9' }, 400],
      ['POST', '/v1/work-orders', agent, { ...order(), extra: true }, 400],
      ['POST', '/v1/work-orders', agent, { ...order(), caseId: wo.caseId }, 409],
      ['POST', '/v1/work-orders', engineerToken, order(), 403],
      ['POST', `/v1/work-orders/${wo.id}/assign`, manager, { engineerId: randomUUID() }, 404],
      ['POST', `/v1/work-orders/${wo.id}/assign`, manager, { engineerId: 'nobody' }, 400],
      ['POST', `/v1/work-orders/${wo.id}/assign`, manager, { engineerId: RC }, 409],
      ['POST', `/v1/work-orders/${wo.id}/assign`, engineerToken, { engineerId: E1 }, 403],
      ['POST', `/v1/work-orders/${randomUUID()}/assign`, manager, { engineerId: E1 }, 404],
      ['POST', `/v1/work-orders/${wo.id}/take-over`, await t.token('engineer', { sub: randomUUID() }), undefined, 404],
      // An identity provider's subject need not be a uuid: not a registered engineer either (found by the fuzz, issue #8).
      ['POST', `/v1/work-orders/${wo.id}/take-over`, await t.token('engineer', { sub: 'eng-7' }), undefined, 404],
      ['POST', `/v1/work-orders/${wo.id}/escalate`, engineerToken, { reason: 'x' }, 403],
      ['POST', `/v1/work-orders/${wo.id}/escalate`, manager, { reason: '' }, 400],
    ];
    for (const [method, url, token, body, status] of attempts) {
      const res = await t.http(method as 'POST', url, { token, body });
      expect([url, res.status]).toEqual([url, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await snapshot()).toEqual(before);
  });
});
