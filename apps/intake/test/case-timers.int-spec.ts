/**
 * Issue #15: every pending timer of a case is readable over the API (GET /v1/cases/:id/timers): what is due when,
 * and why. A P2 case opened Monday 10:00 (Asia/Shanghai) on the standard plan's business hours, a manual clock.
 */
import { randomUUID } from 'node:crypto';
import { ServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake: every pending timer of a case is readable: what is due when, and why (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let customerId: string;

  const { http, openCase, fire } = intakeCaseHelpers(() => t, () => customerId, 'P2');
  const timersOf = async (id: string) => (await http('GET', `/v1/cases/${id}/timers`, 'agent')).body.timers as { clock: string; step: number; dueAt: string; action: string; level: number; why: string }[];
  beforeAll(async () => {
    ({ t, customerId } = await startIntakeOnClock(clock, 'intake-timers'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a new case shows the next rung of each clock, earliest first, each with its reason and rule', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    const timers = await timersOf(c.id);
    expect(timers.map((t) => [t.clock, t.step, t.action, t.dueAt])).toEqual([
      ['response', 0, 'warn', sh('2026-11-23T10:30:00').toISOString()], // half of the response hour (R-SLA-1)
      ['diagnosis', 0, 'warn', sh('2026-11-23T13:00:00').toISOString()], // 75 % of 4 working hours (R-SLA-3)
      ['resolution', 0, 'warn', sh('2026-11-25T13:12:00').toISOString()], // 80 % of 24 working hours: Mon 7 h, Tue 8 h, Wed 4 h 12
    ]);
    expect(timers[0].why).toBe('half the response time used: warn at 50 % of the 60 min target of the response clock (R-SLA-1: a request is answered within 1 hour)');
  });

  it('after the warning fires the next rung is pending; once the agent acknowledges, the response clock has no timer left', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    clock.set(sh('2026-11-23T10:30:00'));
    await fire();
    expect((await timersOf(c.id)).find((t) => t.clock === 'response')).toMatchObject({ step: 1, action: 'notify', level: 1, dueAt: sh('2026-11-23T11:00:00').toISOString() });

    clock.set(sh('2026-11-23T10:40:00'));
    expect((await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'acknowledged', version: c.version })).status).toBe(200);
    expect((await timersOf(c.id)).map((t) => t.clock)).toEqual(['diagnosis', 'resolution']);
  });

  it('refuses bad input with problem+json: not a UUID, no such case, a customer', async () => {
    const notUuid = await http('GET', '/v1/cases/not-a-uuid/timers', 'agent');
    expect(notUuid.status).toBe(400);
    expect(notUuid.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unknown = await http('GET', `/v1/cases/${randomUUID()}/timers`, 'agent');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const c = await openCase();
    // The case's own customer: the recipients and rungs are internal (staff only).
    const customer = await t.inject('GET', `/v1/cases/${c.id}/timers`, { as: 'customer', claims: { sub: 'customer-1', customerId } });
    expect(customer.statusCode).toBe(403);
    expect(customer.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
