/**
 * Issue #2, item 7: the walking skeleton across the six services, each a separate process, driven over
 * HTTP, asserting each state (through the owning service's API) and each event (read from JetStream).
 */
import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseDispatchRequestedV1, CaseOpenedV1, CaseResolvedV1 } from '@aftersales/contracts-intake';
import { EntitlementChangedV1, EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { WorkOrderAssignedV1, WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { RmaShippedV1, RmaUnitInspectedV1, StockIssuedV1 } from '@aftersales/contracts-rma-inventory';
import { ResponseReceivedV1 } from '@aftersales/contracts-surveys';
import { ComplaintClosedV1, ComplaintOpenedV1, ComplaintResolvedV1 } from '@aftersales/contracts-complaints';
import { collectEvents, waitFor } from '@aftersales/platform-testing';
import { RunningPlatform, call, startPlatform } from './platform';

type Collector = Awaited<ReturnType<typeof collectEvents>>;

describe('walking skeleton: a fault case from intake to complaint', () => {
  let platform: RunningPlatform;
  const collectors: Collector[] = [];
  let events: (subject: string, caseId: string) => Promise<EventEnvelope<any>>;

  beforeAll(async () => {
    platform = await startPlatform();
    for (const service of ['intake', 'warranty', 'dispatch', 'rma-inventory', 'surveys', 'complaints'] as const) {
      collectors.push(await collectEvents(platform.natsUrl, platform.namespace, service));
    }
    events = (subject, caseId) =>
      waitFor(
        () =>
          collectors
            .flatMap((c) => c.all())
            .find((e) => e.type === subject && (e.data as { caseId?: string; caseIds?: string[] }).caseId === caseId) ??
          collectors
            .flatMap((c) => c.all())
            .find((e) => e.type === subject && ((e.data as { caseIds?: string[] }).caseIds ?? []).includes(caseId)),
        { timeoutMs: 20_000, what: `${subject} for case ${caseId}` },
      );
  }, 360_000);

  afterAll(async () => {
    await Promise.all(collectors.map((c) => c.stop()));
    await platform?.stop();
  }, 60_000);

  it('walks a..h, each state visible over HTTP and each event on JetStream', async () => {
    const agent = await platform.token('agent', { sub: 'agent-e2e' });
    const intake = platform.url('intake');
    // Test data: the customer is registered before a case is opened for them (issue #15: no case for nobody).
    const registered = await call('POST', `${intake}/v1/customers`, agent, { kind: 'person', name: 'Zhang San' });
    expect(registered.status).toBe(201);
    const customerId: string = registered.body.id;
    const customer = await platform.token('customer', { sub: 'customer-e2e', customerId });

    // a. intake stores the case and emits case.opened
    const opened = await call('POST', `${intake}/v1/cases`, agent, {
      channel: 'hotline',
      customerId,
      contact: { name: 'Zhang San', phone: '+86 10 5555 0101' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      purchaseDate: null,
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: 'Powers off under load (负载下断电)',
    }, { 'idempotency-key': randomUUID() });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;
    expect(opened.body.caseNumber).toMatch(/^CS-\d{8}-\d{6}$/);
    const openedEvent = await events(CaseOpenedV1.subject, caseId);
    expect(openedEvent.data).toMatchObject({ serialNumber: 'SN-PX2000-0001', priority: 'P2', channel: 'hotline' });
    expect(JSON.stringify(openedEvent.data)).not.toContain('Zhang San'); // contact details stay in intake (PII)

    // b. warranty decides: in warranty, with its explanation
    const entitlement = await events(EntitlementDeterminedV1.subject, caseId);
    expect(entitlement.data).toMatchObject({ inWarranty: true, serialNumber: 'SN-PX2000-0001' });
    expect((entitlement.data as { rules: unknown[] }).rules.length).toBeGreaterThan(0);
    expect(entitlement.correlationId).toBe(openedEvent.correlationId);
    expect(entitlement.causationId).toBe(openedEvent.id);
    // One trace from the HTTP request through intake's outbox, NATS and warranty's consumer to its own event.
    const traceId = (e: EventEnvelope) => e.traceparent?.split('-')[1];
    expect(traceId(openedEvent)).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId(entitlement)).toBe(traceId(openedEvent));

    // c. intake records the entitlement and requests field work
    const dispatchRequested = await events(CaseDispatchRequestedV1.subject, caseId);
    expect(traceId(dispatchRequested)).toBe(traceId(openedEvent));
    expect(dispatchRequested.data).toMatchObject({ serviceMode: 'on-site', inWarranty: true });
    const afterEntitlement = await call('GET', `${intake}/v1/cases/${caseId}`, agent);
    expect(afterEntitlement.status).toBe(200);
    expect(afterEntitlement.body.entitlement).toMatchObject({ inWarranty: true });
    expect(afterEntitlement.body.status).toBe('in-progress');

    // d. dispatch creates and assigns a work order; the engineer completes it with a part
    const assigned = await events(WorkOrderAssignedV1.subject, caseId);
    const workOrderId = (assigned.data as { workOrderId: string }).workOrderId;
    const engineerId = (assigned.data as { engineerId: string }).engineerId;
    const dispatch = platform.url('dispatch');
    const orders = await call('GET', `${dispatch}/v1/work-orders?caseId=${caseId}`, agent);
    expect(orders.body.items).toHaveLength(1);
    expect(orders.body.items[0]).toMatchObject({ id: workOrderId, status: 'assigned', engineerId });
    // Intake knows who works the case (issue #15): the engineer dispatch assigned is the case's assignee.
    await waitFor(async () => (await call('GET', `${intake}/v1/cases/${caseId}`, agent)).body.assigneeId === engineerId, { what: 'the assigned engineer on the case' });
    // ... by name, as the seed registered the engineer, on the work order and on the case.
    expect(orders.body.items[0].engineerName).toBe('Li Wei');
    expect((await call('GET', `${intake}/v1/cases/${caseId}`, agent)).body).toMatchObject({ assigneeId: engineerId, assigneeName: 'Li Wei' });
    const engineer = await platform.token('engineer', { sub: engineerId });
    // The engineer calls the customer and arrives on site (R-DS-4): the arrival, recorded once in dispatch's visit,
    // meets the case's on-site arrangement clock in intake (R-SLA-1), with nobody recording it on the case.
    expect((await call('POST', `${dispatch}/v1/work-orders/${workOrderId}/customer-contacted`, engineer, { channel: 'phone' })).status).toBe(200);
    const visit = await call('POST', `${dispatch}/v1/work-orders/${workOrderId}/visits`, engineer, {});
    expect(visit.status).toBe(201);
    const onSite = await waitFor(
      async () => {
        const clock = (await call('GET', `${intake}/v1/cases/${caseId}/clocks`, agent)).body.clocks.find((c: { clock: string }) => c.clock === 'on-site-arrangement');
        return clock?.state === 'met' ? clock : undefined;
      },
      { timeoutMs: 20_000, what: 'the on-site clock met by the arrival' },
    );
    expect(onSite).toMatchObject({ state: 'met', stoppedAt: visit.body.arrivedAt });
    // The part is not in the van: the visit ends incomplete, and the engineer completes the order once it is fitted.
    const incomplete = await call('POST', `${dispatch}/v1/visits/${visit.body.id}/incomplete`, engineer, {
      reasonCode: 'awaiting-parts',
      reason: 'The power supply has to come from the central warehouse',
      nextVisitAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(incomplete.status).toBe(200);
    const completed = await call('POST', `${dispatch}/v1/work-orders/${workOrderId}/complete`, engineer, {
      partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }],
      resolution: 'Replaced the power supply; load test passed',
      warehouseCode: 'CENTRAL',
    });
    expect(completed.status).toBe(200);
    const completedEvent = await events(WorkOrderCompletedV1.subject, caseId);
    expect(completedEvent.data).toMatchObject({ partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }] });

    // e. rma-inventory books the part out of stock in its ledger
    const issued = await events(StockIssuedV1.subject, caseId);
    expect(issued.data).toMatchObject({ warehouseCode: 'CENTRAL', lines: [{ partNumber: 'PSU-500W', quantity: 1, onHandAfter: 9 }] });
    const rma = platform.url('rma-inventory');
    const rmaAdmin = await platform.token('rma-admin');
    const stock = await call('GET', `${rma}/v1/stock?warehouse=CENTRAL&partNumber=PSU-500W`, rmaAdmin);
    expect(stock.body.items[0]).toMatchObject({ warehouseCode: 'CENTRAL', partNumber: 'PSU-500W', onHand: 9 });
    const ledger = await call('GET', `${rma}/v1/stock/ledger?workOrderId=${workOrderId}`, rmaAdmin);
    expect(ledger.body.items).toHaveLength(1);
    expect(ledger.body.items[0]).toMatchObject({ partNumber: 'PSU-500W', quantityDelta: -1 });

    // f. intake resolves the case; the customer confirms and it closes
    await events(CaseResolvedV1.subject, caseId);
    const resolved = await call('GET', `${intake}/v1/cases/${caseId}`, customer);
    expect(resolved.body).toMatchObject({ status: 'resolved', workOrderId });
    const closed = await call('POST', `${intake}/v1/cases/${caseId}/close`, customer, { confirmation: 'customer-confirmed' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    await events(CaseClosedV1.subject, caseId);

    // g. surveys sends a survey on closure and takes the customer's answer
    const surveysUrl = platform.url('surveys');
    const survey = await waitFor(
      async () => {
        const list = await call('GET', `${surveysUrl}/v1/surveys?caseId=${caseId}`, customer);
        return list.body.items?.[0];
      },
      { timeoutMs: 20_000, what: 'the survey of the closed case' },
    );
    expect(survey).toMatchObject({ caseId, status: 'sent' });
    const answered = await call('POST', `${surveysUrl}/v1/surveys/${survey.id}/responses`, customer, {
      score: 2,
      comment: 'The engineer came a day late',
    }, { 'idempotency-key': randomUUID() });
    expect(answered.status).toBe(201);
    const response = await events(ResponseReceivedV1.subject, caseId);
    expect(response.data).toMatchObject({ score: 2, surveyId: survey.id });

    // h. a score of 2 or less opens a complaint with a deadline
    const complaint = await events(ComplaintOpenedV1.subject, caseId);
    expect(complaint.data).toMatchObject({ source: 'survey', customerId });
    const officer = await platform.token('complaint-officer');
    const complaints = await call('GET', `${platform.url('complaints')}/v1/complaints?caseId=${caseId}`, officer);
    expect(complaints.body.items).toHaveLength(1);
    expect(new Date(complaints.body.items[0].dueAt).getTime()).toBeGreaterThan(Date.now());

    // i. the complaint is handled to closure (R-CP-2): acknowledged, investigated, a resolution the customer accepts
    const complaintsUrl = platform.url('complaints');
    const complaintId: string = complaints.body.items[0].id;
    const detail = await call('GET', `${complaintsUrl}/v1/complaints/${complaintId}`, officer);
    // R-CP-3: warranty's status at the time, from warranty's own event on this case.
    expect(detail.body.warranty).toMatchObject({ known: true, inWarranty: true, decisionId: entitlement.data.decisionId });
    for (const [path, body] of [
      ['transitions', { to: 'acknowledged' }],
      ['steps', { step: 'thank', note: 'Thanked Zhang San' }],
      ['steps', { step: 'apologise', note: 'Apologised for the late visit' }],
      ['transitions', { to: 'investigating' }],
      ['resolution', { actionsTaken: 'Visit fee refunded', compensation: { amountMinor: 5000 }, rootCause: 'service-conduct' }],
      ['offer', undefined],
    ] as const) {
      const res = await call('POST', `${complaintsUrl}/v1/complaints/${complaintId}/${path}`, officer, body);
      expect({ path, status: res.status }).toEqual({ path, status: path === 'steps' ? 201 : 200 });
    }
    const accepted = await call('POST', `${complaintsUrl}/v1/complaints/${complaintId}/customer-response`, customer, { accepted: true, note: 'Fine, thank you' });
    expect(accepted.body.status).toBe('resolved');
    const closedComplaint = await call('POST', `${complaintsUrl}/v1/complaints/${complaintId}/transitions`, officer, { to: 'closed' });
    expect(closedComplaint.body).toMatchObject({ status: 'closed' });
    await events(ComplaintResolvedV1.subject, caseId);
    await waitFor(() => collectors.flatMap((c) => c.all()).find((e) => e.type === ComplaintClosedV1.subject && e.subject === complaintId), {
      timeoutMs: 20_000,
      what: 'complaint.closed',
    });

    // j. intake knows the customer complained before (R-CP-5): their next case carries the flag, one level higher
    await waitFor(async () => (await call('GET', `${intake}/v1/customers/${customerId}`, agent)).body.complaintStanding ?? undefined, {
      timeoutMs: 20_000,
      what: "the customer's complaint standing in intake",
    });
    const next = await call('POST', `${intake}/v1/cases`, agent, {
      channel: 'hotline',
      customerId,
      contact: { name: 'Zhang San', phone: '+86 10 5555 0101' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      category: 'fault-hardware',
      priority: 'P3',
      symptoms: 'Paper tray rattles',
    }, { 'idempotency-key': randomUUID() });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ priority: 'P2', complainant: { complainedBefore: true, complaintCount: 1, openComplaints: 0, priorityRaisedFrom: 'P3' } });
    const nextOpened = await events(CaseOpenedV1.subject, next.body.id);
    expect(nextOpened.data).toMatchObject({ priority: 'P2', complainant: { complainedBefore: true } });
  }, 180_000);

  it('an advance replacement (R-RMA-2, R-RMA-3): warranty decides, a spare ships, the faulty part returns and is inspected', async () => {
    const agent = await platform.token('agent', { sub: 'agent-e2e' });
    const rmaAdmin = await platform.token('rma-admin', { sub: 'rma-admin-e2e' });
    const intake = platform.url('intake');
    const rma = platform.url('rma-inventory');
    const registered = await call('POST', `${intake}/v1/customers`, agent, { kind: 'person', name: 'Li Si' });
    const customerId: string = registered.body.id;
    const opened = await call('POST', `${intake}/v1/cases`, agent, {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Si', phone: '+86 10 5555 0102' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      purchaseDate: null,
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: 'The power supply clicks and the printer dies',
    }, { 'idempotency-key': randomUUID() });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;

    // Warranty decides: in warranty, the fault is a covered hardware fault.
    const decision = await events(EntitlementDeterminedV1.subject, caseId);
    expect(decision.data).toMatchObject({ inWarranty: true });
    const decisionId = (decision.data as { decisionId: string }).decisionId;

    // The agent opens the advance replacement on that decision; the RMA administrator approves it and ships the spare.
    const created = await call('POST', `${rma}/v1/rmas`, agent, {
      type: 'advance-replacement',
      caseId,
      decisionId,
      serialNumber: 'SN-PX2000-0001',
      productModel: 'PX-2000',
      customerId,
      lines: [{ kind: 'part', serialNumber: 'SN-PX2000-0001', partNumber: 'PSU-500W', reasonCode: 'hardware-fault' }],
    }, { 'idempotency-key': randomUUID() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'requested', shipping: { payer: 'company' } });
    const id: string = created.body.id;
    const approved = await call('POST', `${rma}/v1/rmas/${id}/approval`, rmaAdmin, { reason: 'Power supply fault confirmed on the phone' });
    expect(approved.status).toBe(200);
    expect(approved.body.spare).toMatchObject({ warehouseCode: 'CENTRAL', partNumber: 'PSU-500W' });
    expect(new Date(approved.body.spare.shipBy).getTime()).toBeGreaterThan(Date.now());
    const shipped = await call('POST', `${rma}/v1/rmas/${id}/shipment`, rmaAdmin, { carrier: 'SF Express', trackingNumber: 'SF-E2E-0001', serialShipped: 'PSU-SPARE-0001' });
    expect(shipped.status).toBe(200);
    const shippedEvent = await events(RmaShippedV1.subject, caseId);
    expect(shippedEvent.data).toMatchObject({ partNumber: 'PSU-500W', trackingNumber: 'SF-E2E-0001', onTime: true });
    const delivered = await call('POST', `${rma}/v1/rmas/${id}/delivery`, rmaAdmin, {});
    expect(delivered.body).toMatchObject({ status: 'delivered', returnDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // Intake shows it on the case.
    await waitFor(async () => (await call('GET', `${intake}/v1/cases/${caseId}`, agent)).body.rmas?.[0]?.status === 'delivered', { timeoutMs: 20_000, what: 'the RMA on the case' });

    // The faulty part comes back and is inspected; warranty takes the inspection as evidence.
    const received = await call('POST', `${rma}/v1/rmas/${id}/receipt`, rmaAdmin, { serialNumber: 'SN-PX2000-0001' });
    expect(received.body).toMatchObject({ status: 'received', receivedWarehouse: 'CENTRAL' });
    const inspected = await call('POST', `${rma}/v1/rmas/${id}/inspection`, rmaAdmin, { result: 'damaged', faultCode: 'PSU-SURGE', notes: 'Burn marks from a power surge' });
    expect(inspected.body.status).toBe('inspected');
    await events(RmaUnitInspectedV1.subject, caseId);
    const changed = await events(EntitlementChangedV1.subject, caseId);
    expect(changed.data).toMatchObject({ decisionId, current: { remedy: 'paid-service' } });
  }, 120_000);

  it('shuts every service down gracefully on SIGTERM (stop consuming, finish, drain NATS, close the database)', async () => {
    await Promise.all(collectors.splice(0).map((c) => c.stop()));
    const ends = await platform.stop();
    for (const { service, end, output } of ends) {
      expect({ service, graceful: end.graceful }).toEqual({ service, graceful: true });
      expect({ service, watchdog: output.includes('shutdown took longer') }).toEqual({ service, watchdog: false });
    }
  }, 60_000);
});
