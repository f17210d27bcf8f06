/**
 * A case's life inside intake, with warranty and dispatch played over real NATS: opened -> entitlement recorded
 * and dispatch requested -> resolved on the work order's completion -> closed on the customer's confirmation
 * (issue #2 a, c, f; R-IN-3, R-IN-7, R-DS-2). Redelivered events apply once.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderCompletedV1, WorkOrderCompletedV1Data, WorkOrderCustomerContactedV1 } from '@aftersales/contracts-dispatch';
import { CaseClosedV1, CaseDispatchRequestedV1, CaseOpenedV1, CaseResolvedV1 } from '@aftersales/contracts-intake';
import { EntitlementChangedV1, EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

const IN_WARRANTY_MODES: EntitlementDeterminedV1Data['allowedServiceModes'] = ['phone', 'remote', 'on-site', 'carry-in', 'mail-in'];
const OUT_OF_WARRANTY_MODES: EntitlementDeterminedV1Data['allowedServiceModes'] = ['phone', 'remote', 'paid-service', 'carry-in'];

describe('intake: a case from opening to closure', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;

  const openCase = async (customerId: string, over: Record<string, unknown> = {}) => {
    // Test data: a case is opened for a registered customer (issue #15).
    await registerCustomer(t, customerId);
    const res = await t.http('POST', '/v1/cases', { token: await t.token('agent', { sub: 'agent-1' }), body: {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Lei', phone: '+86 21 5555 0199', email: 'li.lei@example.com' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      purchaseDate: null,
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: 'Powers off under load',
      region: 'east',
      ...over,
    } });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseNumber: string };
  };
  const getCase = async (id: string) => (await t.http('GET', `/v1/cases/${id}`, { token: await t.token('agent') })).body;
  const decision = (caseId: string, over: Partial<EntitlementDeterminedV1Data> = {}): EntitlementDeterminedV1Data => ({
    decisionId: uuidv7(),
    caseId,
    serialNumber: 'SN-PX2000-0001',
    productModel: 'PX-2000',
    inWarranty: true,
    warrantyStartsOn: '2026-09-01',
    warrantyEndsOn: '2027-08-31',
    coverage: { parts: true, labour: true, onSite: true },
    allowedServiceModes: IN_WARRANTY_MODES,
    slaPlanCode: null,
    rules: [{ rule: 'R-WA-1', outcome: 'passed', detail: '12-month purchase warranty covers the day' }],
    determinedAt: new Date().toISOString(),
    ...over,
  });
  const determine = (data: EntitlementDeterminedV1Data, extra: { id?: string; msgId?: string } = {}) =>
    t.publish(EntitlementDeterminedV1, { aggregateId: data.decisionId, data, ...extra });
  const completion = (caseId: string): WorkOrderCompletedV1Data => ({
    workOrderId: uuidv7(),
    workOrderNumber: 'WO-20261123-000001',
    caseId,
    engineerId: randomUUID(),
    warehouseCode: 'CENTRAL',
    partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }],
    resolution: 'Replaced the power supply; load test passed',
    completedAt: new Date().toISOString(),
  });
  const complete = (data: WorkOrderCompletedV1Data, extra: { id?: string; msgId?: string } = {}) =>
    t.publish(WorkOrderCompletedV1, { aggregateId: data.workOrderId, data, ...extra });
  const outboxCount = async (type: string, caseId: string) => {
    const [row] = await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2`, [type, caseId]);
    return row.n as number;
  };
  const statusIs = (id: string, status: string) => waitFor(async () => (await getCase(id)).status === status, { what: `case ${id} ${status}` });

  beforeAll(async () => {
    // The producers' streams exist before intake starts, so its consumers attach at once.
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, streams: ['warranty', 'dispatch'] });
    events = await t.events();
  });

  afterAll(() => t?.close());

  it('opens, records the entitlement and requests on-site work, resolves on completion and closes on confirmation', async () => {
    const customerId = randomUUID();
    const customer = await t.token('customer', { customerId, sub: 'customer-1' });
    const opened = await openCase(customerId);
    const openedEvent = await events.waitFor((e) => e.type === CaseOpenedV1.subject && e.subject === opened.id);
    expect(openedEvent.data).toMatchObject({ caseId: opened.id, caseNumber: opened.caseNumber, channel: 'hotline', priority: 'P2', customerId });

    // c. warranty's decision arrives: acknowledged, and in progress with a dispatch request (hardware, on-site allowed)
    const entitlement = await determine(decision(opened.id));
    await statusIs(opened.id, 'in-progress');
    const inProgress = await getCase(opened.id);
    expect(inProgress).toMatchObject({
      entitlement: { decisionId: entitlement.data.decisionId, inWarranty: true, allowedServiceModes: IN_WARRANTY_MODES, slaPlanCode: null },
      serviceMode: 'on-site',
      respondedAt: null, // R-SLA-1: warranty's decision is no answer to the customer (issue #15)
    });
    const dispatchRequested = await events.waitFor((e) => e.type === CaseDispatchRequestedV1.subject && e.subject === opened.id);
    expect(dispatchRequested.data).toMatchObject({ caseId: opened.id, serviceMode: 'on-site', inWarranty: true, region: 'east', priority: 'P2', category: 'fault-hardware' });
    // The case's running SLA deadlines travel with the request, so dispatch plans inside them (issue #5).
    expect((dispatchRequested.data as { slaDueAt: { clock: string }[] }).slaDueAt.map((d) => d.clock)).toEqual(expect.arrayContaining(['diagnosis', 'resolution']));
    // R-SLA-2 (issue #15): the plan's engineer-response figures travel too; dispatch applies them to the order.
    expect(dispatchRequested.data).toMatchObject({
      engineerResponse: { planCode: 'standard', windowMinutesByPriority: { P1: 60, P2: 60, P3: 30, P4: 30 }, ladder: [{ afterMinutes: 30, reassign: false }, { afterMinutes: 45, reassign: true }] },
    });
    expect(dispatchRequested).toMatchObject({ causationId: entitlement.id, correlationId: entitlement.correlationId, sequence: inProgress.version });

    // The engineer reaches the customer (dispatch, R-SLA-4): the log shows it to the customer too.
    const contactedAt = new Date().toISOString();
    await t.publish(WorkOrderCustomerContactedV1, {
      aggregateId: uuidv7(),
      data: { workOrderId: uuidv7(), workOrderNumber: 'WO-20261123-000009', caseId: opened.id, engineerId: randomUUID(), channel: 'phone', contactedAt, assignedAt: contactedAt, respondBy: contactedAt, withinTarget: true },
    });
    await waitFor(async () => (await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: customer })).body.items.some((a: { kind: string }) => a.kind === 'engineer-contacted-customer'), {
      what: 'the customer contact in the case log',
    });
    // R-SLA-1: the engineer's contact is the case's first response.
    expect(await getCase(opened.id)).toMatchObject({ respondedAt: new Date(contactedAt).toISOString() });

    // f. the work order completes: resolved, with the resolution and the work order
    const done = await complete(completion(opened.id));
    await statusIs(opened.id, 'resolved');
    expect(await getCase(opened.id)).toMatchObject({ workOrderId: done.data.workOrderId, resolution: done.data.resolution, resolvedAt: expect.any(String) });
    const resolvedEvent = await events.waitFor((e) => e.type === CaseResolvedV1.subject && e.subject === opened.id);
    expect(resolvedEvent.data).toMatchObject({ caseId: opened.id, workOrderId: done.data.workOrderId, resolution: done.data.resolution });

    // the customer confirms (R-IN-7)
    const closed = await t.http('POST', `/v1/cases/${opened.id}/close`, { token: customer, body: { confirmation: 'customer-confirmed' } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const closedEvent = await events.waitFor((e) => e.type === CaseClosedV1.subject && e.subject === opened.id);
    expect(closedEvent.data).toMatchObject({ caseId: opened.id, customerId, confirmation: 'customer-confirmed', category: 'fault-hardware' });

    // a closed case only reopens
    const again = await t.http('POST', `/v1/cases/${opened.id}/close`, { token: customer, body: { confirmation: 'customer-confirmed' } });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'INTAKE.ILLEGAL_TRANSITION', from: 'closed', to: 'closed', allowed: ['reopened'] });

    // R-IN-3: every change in the activity log, oldest first
    const activity = await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: customer });
    expect(activity.status).toBe(200);
    expect(activity.body.items.map((a: { kind: string }) => a.kind)).toEqual(['case-opened', 'entitlement-recorded', 'dispatch-requested', 'engineer-contacted-customer', 'case-resolved', 'case-closed']);
    expect(activity.body.items[0]).toMatchObject({ actor: 'user:agent-1', visibility: 'public', at: expect.any(String) });
    expect(activity.body.items[5]).toMatchObject({ actor: 'user:customer-1', detail: { confirmation: 'customer-confirmed', onBehalfOfCustomer: false } });

    // contact details (PII) never leave intake
    for (const e of events.all()) expect(JSON.stringify(e)).not.toMatch(/Li Lei|5555 0199|li\.lei@/);
  });

  it('applies a redelivered decision and a redelivered completion once', async () => {
    const opened = await openCase(randomUUID());
    const first = await determine(decision(opened.id));
    await statusIs(opened.id, 'in-progress');
    const { version } = await getCase(opened.id);
    // The same event again (inbox), and the same decision re-published under a new event id (handler).
    await determine(first.data, { id: first.id, msgId: randomUUID() });
    await determine(first.data);
    // Later messages on the same consumer are handled in order: once this sentinel is in, the copies were handled.
    const sentinel = await openCase(randomUUID(), { category: 'consultation' });
    await determine(decision(sentinel.id));
    await statusIs(sentinel.id, 'acknowledged');
    expect((await getCase(opened.id)).version).toBe(version);
    expect(await outboxCount(CaseDispatchRequestedV1.subject, opened.id)).toBe(1);

    const done = await complete(completion(opened.id));
    await statusIs(opened.id, 'resolved');
    const resolved = await getCase(opened.id);
    await complete(done.data, { id: done.id, msgId: randomUUID() });
    await complete(done.data);
    const sentinelDone = await complete(completion(sentinel.id));
    await statusIs(sentinel.id, 'resolved');
    expect(await getCase(opened.id)).toEqual(resolved);
    expect(await outboxCount(CaseResolvedV1.subject, opened.id)).toBe(1);
    expect((await getCase(sentinel.id)).workOrderId).toBe(sentinelDone.data.workOrderId);
    const kinds = (await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: await t.token('agent') })).body.items.map((a: { kind: string }) => a.kind);
    expect(kinds).toEqual(['case-opened', 'entitlement-recorded', 'dispatch-requested', 'case-resolved']);
  });

  const cases: [string, Record<string, unknown>, Partial<EntitlementDeterminedV1Data>, string][] = [
    ['an out-of-warranty hardware fault goes carry-in', { category: 'fault-hardware' }, { inWarranty: false, allowedServiceModes: OUT_OF_WARRANTY_MODES }, 'carry-in'],
    ['a network fault is tried remotely first (R-DS-2)', { category: 'fault-network' }, {}, 'remote'],
    ['an installation goes on-site', { category: 'installation' }, {}, 'on-site'],
  ];
  it.each(cases)('%s', async (_what, caseOver, decisionOver, mode) => {
    const opened = await openCase(randomUUID(), caseOver);
    await determine(decision(opened.id, decisionOver));
    const requested = await events.waitFor((e) => e.type === CaseDispatchRequestedV1.subject && e.subject === opened.id);
    expect(requested.data).toMatchObject({ serviceMode: mode, inWarranty: decisionOver.inWarranty ?? true });
    expect(await getCase(opened.id)).toMatchObject({ status: 'in-progress', serviceMode: mode });
  });

  it('acknowledges a question without dispatching it, saying why in the internal log only', async () => {
    const customerId = randomUUID();
    const opened = await openCase(customerId, { category: 'consultation', priority: 'P4', region: undefined });
    await determine(decision(opened.id));
    await statusIs(opened.id, 'acknowledged');
    expect(await getCase(opened.id)).toMatchObject({ serviceMode: null, entitlement: { inWarranty: true } });
    expect(await outboxCount(CaseDispatchRequestedV1.subject, opened.id)).toBe(0);
    const staffView = (await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: await t.token('agent') })).body.items;
    expect(staffView.find((a: { kind: string }) => a.kind === 'no-dispatch')).toMatchObject({ visibility: 'internal', detail: { reason: 'consultation needs no field work' } });
    const customerView = (await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: await t.token('customer', { customerId }) })).body.items;
    expect(customerView.map((a: { kind: string }) => a.kind)).toEqual(['case-opened', 'entitlement-recorded']);
  });

  it('dead-letters a decision for a case it does not know, changing nothing', async () => {
    const before = await t.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM messaging_outbox)::int AS events`);
    const orphan = await determine(decision(randomUUID()));
    const [letter] = await waitFor(
      async () => {
        const rows = await t.query(`SELECT error_kind, error FROM messaging_dead_letter WHERE event_id = $1`, [orphan.id]);
        return rows.length > 0 && rows;
      },
      { what: 'the dead letter of the orphan decision' },
    );
    expect(letter.error_kind).toBe('permanent');
    expect(letter.error).toContain(orphan.data.caseId);
    expect(await t.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM messaging_outbox)::int AS events`)).toEqual(before);
  });

  it('lets an agent close on the customer’s behalf, but not an engineer nor another customer', async () => {
    const customerId = randomUUID();
    const opened = await openCase(customerId, { category: 'fault-software' });
    await determine(decision(opened.id));
    await statusIs(opened.id, 'acknowledged');
    await complete(completion(opened.id));
    await statusIs(opened.id, 'resolved');
    const body = { confirmation: 'customer-confirmed' };
    expect((await t.http('POST', `/v1/cases/${opened.id}/close`, { token: await t.token('engineer'), body })).status).toBe(403);
    const stranger = await t.http('POST', `/v1/cases/${opened.id}/close`, { token: await t.token('customer', { customerId: randomUUID() }), body });
    expect(stranger.status).toBe(404);
    expect((await t.http('POST', `/v1/cases/${opened.id}/close`, { token: await t.token('agent'), body: { confirmation: 'yes' } })).status).toBe(400);
    expect((await getCase(opened.id)).status).toBe('resolved');
    const closed = await t.http('POST', `/v1/cases/${opened.id}/close`, { token: await t.token('agent', { sub: 'agent-2' }), body });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const log = (await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: await t.token('agent') })).body.items;
    expect(log.at(-1)).toMatchObject({ kind: 'case-closed', actor: 'user:agent-2', detail: { onBehalfOfCustomer: true } });
  });

  it('lists cases newest first with filters and a cursor; a customer lists only their own', async () => {
    const customerId = randomUUID();
    const serialNumber = `SN-LIST-${randomUUID().slice(0, 8)}`;
    const a = await openCase(customerId, { serialNumber, priority: 'P1' });
    const b = await openCase(customerId, { serialNumber, priority: 'P3' });
    const c = await openCase(randomUUID(), { serialNumber, priority: 'P1' });
    const agent = await t.token('agent');
    const page1 = await t.http('GET', `/v1/cases?serialNumber=${serialNumber}&limit=2`, { token: agent });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((x: { id: string }) => x.id)).toEqual([c.id, b.id]);
    const page2 = await t.http('GET', `/v1/cases?serialNumber=${serialNumber}&limit=2&cursor=${page1.body.nextCursor}`, { token: agent });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: a.id })], nextCursor: null });
    const p1 = await t.http('GET', `/v1/cases?serialNumber=${serialNumber}&priority=P1&status=new`, { token: agent });
    expect(p1.body.items.map((x: { id: string }) => x.id)).toEqual([c.id, a.id]);
    const own = await t.http('GET', `/v1/cases?serialNumber=${serialNumber}`, { token: await t.token('customer', { customerId }) });
    expect(own.body.items.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    expect((await t.http('GET', '/v1/cases?status=bogus', { token: agent })).status).toBe(400);
  });

  it('shows warranty’s re-evaluation on the case: damage found, now paid service, and why (R-WA-2, R-WA-7)', async () => {
    const customerId = randomUUID();
    const opened = await openCase(customerId);
    const first = decision(opened.id);
    await determine(first);
    await statusIs(opened.id, 'in-progress');
    const changed = await t.publish(EntitlementChangedV1, {
      aggregateId: first.decisionId,
      data: {
        decisionId: first.decisionId,
        caseId: opened.id,
        serialNumber: first.serialNumber,
        previous: { inWarranty: true, remedy: 'free-repair', allowedServiceModes: IN_WARRANTY_MODES, slaPlanCode: null },
        current: { inWarranty: false, remedy: 'paid-service', allowedServiceModes: OUT_OF_WARRANTY_MODES, slaPlanCode: null, coverage: { parts: false, labour: false, onSite: false, travel: false } },
        reason: 'R-WA-2: the diagnosis found human damage',
        evidence: { faultCode: 'WATER-INGRESS', cause: 'human-damage', defectiveOnArrival: false, workOrderId: null },
        rules: [{ rule: 'R-WA-2', outcome: 'failed', detail: 'the diagnosis found human damage' }],
        changedAt: new Date().toISOString(),
      },
    });
    await waitFor(async () => (await getCase(opened.id)).entitlement.inWarranty === false, { what: 'the case out of warranty' });
    expect((await getCase(opened.id)).entitlement).toMatchObject({ decisionId: first.decisionId, inWarranty: false, allowedServiceModes: OUT_OF_WARRANTY_MODES });
    const log = await t.http('GET', `/v1/cases/${opened.id}/activity`, { token: await t.token('customer', { customerId }) });
    expect(log.body.items.at(-1)).toMatchObject({ kind: 'entitlement-changed', actor: 'system:warranty', detail: { reason: 'R-WA-2: the diagnosis found human damage', current: { remedy: 'paid-service' } } });
    expect(changed.data.caseId).toBe(opened.id);
  });

  it('documents its routes and response shapes in OpenAPI', async () => {
    const res = await t.inject('GET', '/docs-json');
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/cases', '/v1/cases/{id}', '/v1/cases/{id}/activity', '/v1/cases/{id}/close']));
    const created = doc.paths['/v1/cases'].post.responses['201'].content['application/json'].schema;
    expect(JSON.stringify(created)).toMatch(/Case/);
    expect(JSON.stringify(doc)).toContain('P1: system down');
  });
});
