/**
 * Issue #15, R-SLA-1 as a customer would say it: "I asked for remote assistance: someone must answer within half an
 * hour", and "an engineer has to come: the visit must be agreed within 24 hours, or a manager hears of it". The
 * standard plan's `remote-response` and `on-site-arrangement` clocks start when intake asks dispatch for that kind of
 * service, not at the opening. Real PostgreSQL and NATS, a manual clock; cases opened Monday 2026-11-23 10:00
 * (Asia/Shanghai).
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderAppointmentConfirmedV1, WorkOrderCustomerContactedV1, WorkOrderRemoteSessionEndedV1 } from '@aftersales/contracts-dispatch';
import { CaseEscalatedV1, SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { inWarrantyDecision, intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);
const ENGINEER = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';

describe('R-SLA-1: the remote-assistance answer within 30 minutes and the on-site arrangement within 24 hours (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let customerId: string;
  const { http } = intakeCaseHelpers(() => t, () => customerId, 'P3');
  const handled = (eventId: string) =>
    waitFor(async () => (await t.query(`SELECT 1 FROM messaging_inbox WHERE event_id = $1`, [eventId])).length > 0, { what: `event ${eventId} handled` });
  const clockOf = async (caseId: string, name: string) => (await http('GET', `/v1/cases/${caseId}/clocks`, 'agent')).body.clocks.find((c: { clock: string }) => c.clock === name);
  const outbox = async (subject: string, caseId: string, clockName: string) =>
    (await t.query(`SELECT envelope->'data' AS data FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'caseId' = $2 AND envelope->'data'->>'clock' = $3 ORDER BY position`, [subject, caseId, clockName])).map(
      (r: { data: Record<string, unknown> }) => r.data,
    );
  /** A P3 case of the category, opened now, with warranty's decision allowing phone, remote and on-site service. */
  const caseDispatched = async (category: 'fault-network' | 'fault-hardware', clockName: string) => {
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Lei', phone: '+86 21 5555 0199' },
      productModel: 'PX-2000',
      serialNumber: `SN-${randomUUID().slice(0, 8)}`,
      category,
      priority: 'P3',
      symptoms: category === 'fault-network' ? 'The printer drops off the network every hour' : 'The paper feed is broken',
    });
    expect(res.status).toBe(201);
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(res.body.id, clock.now()) });
    await waitFor(async () => (await clockOf(res.body.id, clockName)) !== undefined, { what: `the ${clockName} clock started` });
    return res.body as { id: string };
  };

  beforeAll(async () => {
    ({ t, customerId } = await startIntakeOnClock(clock, 'intake-request-clocks'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a network fault handled remotely: the answer is due at 10:30; the engineer calling at 10:25 meets it', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await caseDispatched('fault-network', 'remote-response');
    expect(await clockOf(c.id, 'remote-response')).toMatchObject({ state: 'running', targetMinutes: 30, dueAt: sh('2026-11-23T10:30:00').toISOString() });
    expect(await clockOf(c.id, 'on-site-arrangement')).toBeUndefined();
    clock.set(sh('2026-11-23T10:26:00'));
    const contact = await t.publish(WorkOrderCustomerContactedV1, {
      aggregateId: uuidv7(),
      data: { workOrderId: uuidv7(), workOrderNumber: 'WO-20261123-000021', caseId: c.id, engineerId: ENGINEER, channel: 'phone', contactedAt: sh('2026-11-23T10:25:00').toISOString(), assignedAt: sh('2026-11-23T10:01:00').toISOString(), respondBy: sh('2026-11-23T11:01:00').toISOString(), withinTarget: true },
    });
    await handled(contact.id);
    expect(await clockOf(c.id, 'remote-response')).toMatchObject({ state: 'met', stoppedAt: sh('2026-11-23T10:25:00').toISOString() });
  });

  it('nobody answers the remote request: warned at 10:15, breached at 10:30', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await caseDispatched('fault-network', 'remote-response');
    clock.set(sh('2026-11-23T10:14:00'));
    await t.fireAllDueTimers();
    expect(await outbox(SlaWarningV1.subject, c.id, 'remote-response')).toEqual([]);
    clock.set(sh('2026-11-23T10:15:00'));
    await t.fireAllDueTimers();
    expect(await outbox(SlaWarningV1.subject, c.id, 'remote-response')).toEqual([expect.objectContaining({ percentOfTarget: 50, dueAt: sh('2026-11-23T10:30:00').toISOString() })]);
    clock.set(sh('2026-11-23T10:30:00'));
    await t.fireAllDueTimers();
    expect(await outbox(SlaBreachedV1.subject, c.id, 'remote-response')).toEqual([expect.objectContaining({ targetMinutes: 30, rule: 'R-SLA-1: a remote-assistance request is answered within 30 minutes' })]);
  });

  it('a hardware fault needing a visit: to be arranged by Tuesday 10:00; the customer confirming a slot at 16:00 meets it', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await caseDispatched('fault-hardware', 'on-site-arrangement');
    expect(await clockOf(c.id, 'on-site-arrangement')).toMatchObject({ state: 'running', targetMinutes: 1440, calendarId: '24x7', dueAt: sh('2026-11-24T10:00:00').toISOString() });
    expect(await clockOf(c.id, 'remote-response')).toBeUndefined();
    clock.set(sh('2026-11-23T16:01:00'));
    const confirmed = await t.publish(WorkOrderAppointmentConfirmedV1, {
      aggregateId: uuidv7(),
      data: {
        workOrderId: uuidv7(),
        workOrderNumber: 'WO-20261123-000022',
        caseId: c.id,
        appointmentId: uuidv7(),
        engineerId: ENGINEER,
        slotStart: sh('2026-11-24T09:00:00').toISOString(),
        slotEnd: sh('2026-11-24T11:00:00').toISOString(),
        confirmedAt: sh('2026-11-23T16:00:00').toISOString(),
        rescheduled: false,
        arrangementDueAt: sh('2026-11-24T10:00:00').toISOString(),
        arrangedWithinTarget: true,
      },
    });
    await handled(confirmed.id);
    expect(await clockOf(c.id, 'on-site-arrangement')).toMatchObject({ state: 'met', stoppedAt: sh('2026-11-23T16:00:00').toISOString() });
    const log = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.find((a: { kind: string }) => a.kind === 'visit-arranged');
    expect(log).toMatchObject({ visibility: 'public', detail: { slotStart: sh('2026-11-24T09:00:00').toISOString() } });
  });

  it('no visit agreed: the engineer is warned at 04:00 Tuesday (18 hours) and the response-center manager escalated to at 10:00', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await caseDispatched('fault-hardware', 'on-site-arrangement');
    clock.set(sh('2026-11-24T03:59:00'));
    await t.fireAllDueTimers();
    expect(await outbox(SlaWarningV1.subject, c.id, 'on-site-arrangement')).toEqual([]);
    clock.set(sh('2026-11-24T04:00:00'));
    await t.fireAllDueTimers();
    expect(await outbox(SlaWarningV1.subject, c.id, 'on-site-arrangement')).toEqual([expect.objectContaining({ percentOfTarget: 75, recipients: expect.objectContaining({ roles: ['engineer'] }) })]);
    clock.set(sh('2026-11-24T10:00:00'));
    await t.fireAllDueTimers();
    expect(await outbox(CaseEscalatedV1.subject, c.id, 'on-site-arrangement')).toEqual([expect.objectContaining({ level: 1, recipients: expect.objectContaining({ roles: ['engineer', 'response-center-manager'] }) })]);
    expect(await outbox(SlaBreachedV1.subject, c.id, 'on-site-arrangement')).toHaveLength(1);
  });

  it('a remote session that ends needing a visit starts the 24 hours from its end (R-DS-2)', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await caseDispatched('fault-network', 'remote-response');
    clock.set(sh('2026-11-23T11:00:00'));
    const ended = await t.publish(WorkOrderRemoteSessionEndedV1, {
      aggregateId: uuidv7(),
      data: { workOrderId: uuidv7(), workOrderNumber: 'WO-20261123-000023', caseId: c.id, sessionId: uuidv7(), engineerId: ENGINEER, startedAt: sh('2026-11-23T10:20:00').toISOString(), endedAt: sh('2026-11-23T10:50:00').toISOString(), outcome: 'needs-on-site', serviceMode: 'on-site' },
    });
    await handled(ended.id);
    expect(await clockOf(c.id, 'on-site-arrangement')).toMatchObject({ state: 'running', dueAt: sh('2026-11-24T10:50:00').toISOString() });
  });

  it("R-WA-6: a 5x8 contract's own terms run the clocks: answer by 10:30, engineer on site by 14:00, fixed by Tuesday 10:00 (8 working hours)", async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline', customerId, contact: { name: 'Li Lei' }, productModel: 'PX-2000', serialNumber: `SN-${randomUUID().slice(0, 8)}`, category: 'fault-software', priority: 'P2', symptoms: 'The driver crashes',
    });
    await t.publish(EntitlementDeterminedV1, {
      aggregateId: uuidv7(),
      data: inWarrantyDecision(res.body.id, clock.now(), { slaPlanCode: 'standard', slaTerms: { responseMinutes: 30, onSiteMinutes: 240, fixMinutes: 480, calendar: 'business', calendarId: 'business' } }),
    });
    await waitFor(async () => (await clockOf(res.body.id, 'on-site')) !== undefined, { what: "the contract's on-site clock" });
    expect(await clockOf(res.body.id, 'response')).toMatchObject({ state: 'running', targetMinutes: 30, dueAt: sh('2026-11-23T10:30:00').toISOString() });
    expect(await clockOf(res.body.id, 'on-site')).toMatchObject({ state: 'running', targetMinutes: 240, dueAt: sh('2026-11-23T14:00:00').toISOString() });
    expect(await clockOf(res.body.id, 'resolution')).toMatchObject({ targetMinutes: 480, dueAt: sh('2026-11-24T10:00:00').toISOString() });
  });

  it('R-SLA-5: a contract on the fault-emergency plan answers within 2 hours and repairs within 48, around the clock', async () => {
    clock.set(sh('2026-11-28T22:00:00')); // Saturday night
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline', customerId, contact: { name: 'Li Lei' }, productModel: 'PX-2000', serialNumber: `SN-${randomUUID().slice(0, 8)}`, category: 'fault-software', priority: 'P3', symptoms: 'The press controller is down',
    });
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(res.body.id, clock.now(), { slaPlanCode: 'emergency-7x24' }) });
    await waitFor(async () => (await clockOf(res.body.id, 'response'))?.planCode === 'emergency-7x24', { what: 'the emergency plan adopted' });
    expect(await clockOf(res.body.id, 'response')).toMatchObject({ targetMinutes: 120, calendarId: '24x7', dueAt: sh('2026-11-29T00:00:00').toISOString() });
    expect(await clockOf(res.body.id, 'resolution')).toMatchObject({ targetMinutes: 2880, dueAt: sh('2026-11-30T22:00:00').toISOString() });
  });
});
