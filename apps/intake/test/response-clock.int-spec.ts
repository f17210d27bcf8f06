/**
 * R-SLA-1 (issue #15): the response clock measures a person answering the customer. Warranty's decision moving the
 * case to in-progress is no answer; an agent's acknowledgement, the engineer's contact (dispatch's
 * work-order.customer-contacted) and a public reply are. Real PostgreSQL and NATS, a manual clock; the standard plan's
 * P2 response hour runs on business hours (Mon-Fri 09:00-17:00 Asia/Shanghai), cases opened Monday 10:00.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { SlaBreachedV1 } from '@aftersales/contracts-intake';
import { WorkOrderCustomerContactedV1 } from '@aftersales/contracts-dispatch';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { inWarrantyDecision, intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake: the response clock is met by a person answering the customer (R-SLA-1)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let customerId: string;

  const { http, openCase, getCase, fire } = intakeCaseHelpers(() => t, () => customerId, 'P2');
  const responseClock = async (id: string) => (await http('GET', `/v1/cases/${id}/clocks`, 'agent')).body.clocks.find((c: { clock: string }) => c.clock === 'response');
  const breaches = async (caseId: string) =>
    Number(
      (await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'caseId' = $2 AND envelope->'data'->>'clock' = 'response'`, [SlaBreachedV1.subject, caseId]))[0]
        .n,
    );
  /** Warranty decides: in warranty, on-site allowed, so intake moves the case to in-progress and requests dispatch. */
  const warrantyDecides = async (caseId: string) => {
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(caseId, clock.now()) });
    await waitFor(async () => (await getCase(caseId)).status === 'in-progress', { what: 'warranty’s decision recorded' });
  };

  beforeAll(async () => {
    ({ t, events, customerId } = await startIntakeOnClock(clock, 'intake-response'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('nobody has answered the customer yet, so the response clock still runs and breaches at 11:00 even though warranty decided and the case is in progress', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    clock.set(sh('2026-11-23T10:00:00.100'));
    await warrantyDecides(c.id);
    expect(await getCase(c.id)).toMatchObject({ status: 'in-progress', respondedAt: null });
    expect(await responseClock(c.id)).toMatchObject({ state: 'running', stoppedBy: null, dueAt: sh('2026-11-23T11:00:00').toISOString() });

    clock.set(sh('2026-11-23T10:59:00'));
    await fire();
    expect(await breaches(c.id)).toBe(0);

    clock.set(sh('2026-11-23T11:00:00'));
    await fire();
    const breach = await events.waitFor((e) => e.type === SlaBreachedV1.subject && (e.data as { caseId: string }).caseId === c.id);
    expect(breach.data).toMatchObject({ clock: 'response', dueAt: sh('2026-11-23T11:00:00').toISOString(), targetMinutes: 60 });
    expect(await responseClock(c.id)).toMatchObject({ state: 'breached' });
  });

  it('the agent acknowledges at 10:59: the response is met, and nothing breaches at 11:00', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    clock.set(sh('2026-11-23T10:59:00'));
    const ack = await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'acknowledged', version: c.version });
    expect(ack.status).toBe(200);
    expect(await getCase(c.id)).toMatchObject({ status: 'acknowledged', respondedAt: sh('2026-11-23T10:59:00').toISOString() });
    expect(await responseClock(c.id)).toMatchObject({ state: 'met', stoppedBy: 'acknowledged', stoppedAt: sh('2026-11-23T10:59:00').toISOString() });

    clock.set(sh('2026-11-23T11:00:00'));
    await fire();
    expect(await breaches(c.id)).toBe(0);
  });

  it('the engineer reaches the customer at 10:30 after warranty decided: the response is met at 10:30', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    await warrantyDecides(c.id);
    const contactedAt = sh('2026-11-23T10:30:00').toISOString();
    clock.set(sh('2026-11-23T10:31:00'));
    await t.publish(WorkOrderCustomerContactedV1, {
      aggregateId: uuidv7(),
      data: { workOrderId: uuidv7(), workOrderNumber: 'WO-20261123-000001', caseId: c.id, engineerId: randomUUID(), channel: 'phone', contactedAt, assignedAt: contactedAt, respondBy: contactedAt, withinTarget: true },
    });
    await waitFor(async () => (await responseClock(c.id)).state === 'met', { what: 'the response met by the engineer’s contact' });
    expect(await responseClock(c.id)).toMatchObject({ stoppedBy: 'customer-contacted', stoppedAt: contactedAt });
    expect(await getCase(c.id)).toMatchObject({ respondedAt: contactedAt });
  });

  it('an internal note is no answer; the agent’s public reply at 10:45 is, and bad input changes nothing', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    clock.set(sh('2026-11-23T10:20:00'));
    expect((await http('POST', `/v1/cases/${c.id}/notes`, 'agent', { text: 'Checked the serial number', visibility: 'internal' })).status).toBe(201);
    const loud = await http('POST', `/v1/cases/${c.id}/notes`, 'agent', { text: 'Hello', visibility: 'loud' });
    expect(loud.status).toBe(400);
    expect(loud.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await responseClock(c.id)).toMatchObject({ state: 'running', stoppedBy: null });
    expect(await getCase(c.id)).toMatchObject({ respondedAt: null });

    clock.set(sh('2026-11-23T10:45:00'));
    expect((await http('POST', `/v1/cases/${c.id}/notes`, 'agent', { text: 'We are on it: an engineer will call you today.', visibility: 'public' })).status).toBe(201);
    expect(await responseClock(c.id)).toMatchObject({ state: 'met', stoppedBy: 'replied', stoppedAt: sh('2026-11-23T10:45:00').toISOString() });
    expect(await getCase(c.id)).toMatchObject({ respondedAt: sh('2026-11-23T10:45:00').toISOString() });
  });
});
