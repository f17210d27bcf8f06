/**
 * The SLA engine against the real PostgreSQL and NATS, with a manual clock (issue #3): the R-SLA-3 ladder for
 * P1..P4, pause and resume (R-SLA-6), reprioritisation, a contract's premium plan (R-SLA-1), a manager's reaction
 * stopping the ladder, a calendar edit recomputing open deadlines, and every rung fired exactly once across two
 * replicas and a restart.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { CaseEscalatedV1, SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { WorkOrderDiagnosedV1 } from '@aftersales/contracts-dispatch';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { inWarrantyDecision, registerCustomer } from './intake-fixtures';

const MIN = 60_000;
const H = 60 * MIN;
const sh = (local: string) => new Date(`${local}+08:00`);

type Reply = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('intake: SLA clocks, ladders and durable timers', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest;
  let events: EventCollector;

  const token = (role: Role, claims: { customerId?: string; sub?: string } = {}) => t.token(role, { sub: `${role}-1`, ...claims });
  const http = async (method: 'GET' | 'POST' | 'PUT', url: string, role: Role | string, payload?: unknown, target?: NestFastifyApplication): Promise<Reply> => {
    const auth = typeof role === 'string' && role.includes('.') ? role : await token(role as Role);
    const res = await t.http(method, url, { token: auth, body: payload, app: target });
    return { status: res.status, body: res.body ?? null };
  };
  const customerId = randomUUID();
  const openCase = async (priority: string, over: Record<string, unknown> = {}) => {
    // Test data: a case is opened for a registered customer (issue #15).
    await registerCustomer(t, customerId);
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Lei', phone: '+86 21 5555 0199' },
      productModel: 'PX-2000',
      serialNumber: `SN-${randomUUID().slice(0, 8)}`,
      category: 'fault-software',
      priority,
      symptoms: 'The console freezes after login',
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseNumber: string; version: number };
  };
  const clocksOf = async (id: string) => (await http('GET', `/v1/cases/${id}/clocks`, 'agent')).body;
  const clockOf = async (id: string, name: string) => (await clocksOf(id)).clocks.find((c: { clock: string }) => c.clock === name);
  /** Fires every timer due at the manual clock's now, as the worker's loop would. */
  const fire = (target?: NestFastifyApplication) => t.fireAllDueTimers(target);
  const outboxCount = async (subject: string, caseId: string, clockName?: string) =>
    Number(
      (
        await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'caseId' = $2 AND ($3::text IS NULL OR envelope->'data'->>'clock' = $3)`, [
          subject,
          caseId,
          clockName ?? null,
        ])
      )[0].n,
    );
  const published = (type: string, caseId: string, clockName: string, extra: (d: any) => boolean = () => true) => // eslint-disable-line @typescript-eslint/no-explicit-any
    events.waitFor((e) => e.type === type && (e.data as any).caseId === caseId && (e.data as any).clock === clockName && extra(e.data)); // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: intakeService,
      appModule: AppModule,
      // The worker's own loop is slowed right down: the tests fire rounds themselves after moving the clock.
      env: { TIMERS_POLL_INTERVAL_MS: '3600000' },
      clock,
      streams: ['warranty', 'dispatch'],
    });
    events = await t.events();
  });

  afterAll(() => t?.close());

  // R-SLA-3 on the default business calendar (Mon-Fri 09:00-17:00 Asia/Shanghai), P1 7x24, opened Monday 10:00.
  it.each([
    ['P1', '2026-11-23T11:00:00', ['response-center-manager'], 24],
    ['P2', '2026-11-23T14:00:00', ['technical-manager', 'response-center-manager'], 24],
    ['P3', '2026-11-26T10:00:00', ['technical-center-manager'], 48],
    ['P4', '2026-12-04T10:00:00', ['general-manager'], 72],
  ] as const)('%s: warned, breached at the R-SLA-3 deadline, escalated to the right managers, then above them', async (priority, due, managers, reactHours) => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase(priority);
    const diagnosis = await clockOf(c.id, 'diagnosis');
    expect(diagnosis).toMatchObject({ state: 'running', dueAt: sh(due).toISOString(), rule: expect.stringContaining('R-SLA-3') });
    expect(diagnosis.nextSteps.map((s: { level: number }) => s.level)).toEqual([0, 1, 2]);

    clock.set(new Date(sh(due).getTime() - MIN));
    await fire();
    const warning = await published(SlaWarningV1.subject, c.id, 'diagnosis');
    expect(warning.data).toMatchObject({ priority, level: 0, percentOfTarget: 75, recipients: { roles: ['engineer'], channels: ['email', 'sms'] } });
    expect(await outboxCount(SlaBreachedV1.subject, c.id, 'diagnosis')).toBe(0);

    clock.set(sh(due));
    await fire();
    const breach = await published(SlaBreachedV1.subject, c.id, 'diagnosis');
    expect(breach.data).toMatchObject({ caseNumber: c.caseNumber, dueAt: sh(due).toISOString(), targetMinutes: { P1: 60, P2: 240, P3: 1440, P4: 4320 }[priority] });
    const level1 = (await published(CaseEscalatedV1.subject, c.id, 'diagnosis', (d) => d.level === 1)) as { data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(level1.data).toMatchObject({ priority, action: 'escalate', reactWithinMinutes: reactHours * 60, recipients: { roles: ['engineer', ...managers] } });
    expect(level1.data.reactBy).toBe(new Date(sh(due).getTime() + reactHours * H).toISOString());

    clock.set(new Date(sh(due).getTime() + reactHours * H));
    await fire();
    const level2 = (await published(CaseEscalatedV1.subject, c.id, 'diagnosis', (d) => d.level === 2)) as { data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(level2.data.recipients.roles).toEqual(['general-manager']);

    // Each rung exactly once, however often the worker runs.
    clock.advance(30 * 24 * H);
    await fire();
    expect(await outboxCount(SlaWarningV1.subject, c.id, 'diagnosis')).toBe(1);
    expect(await outboxCount(SlaBreachedV1.subject, c.id, 'diagnosis')).toBe(1);
    expect(await outboxCount(CaseEscalatedV1.subject, c.id, 'diagnosis')).toBe(2);
    const explained = await clockOf(c.id, 'diagnosis');
    expect(explained.state).toBe('breached');
    expect(explained.ledger.map((l: { kind: string }) => l.kind)).toEqual(['started', 'warning', 'breached', 'escalated', 'escalated']);
    expect(explained.why).toContain('Breached');
  });

  it('waiting on the customer pauses the clocks; resuming moves the deadline out by the pause (R-SLA-6)', async () => {
    clock.set(sh('2026-11-24T09:00:00'));
    const c = await openCase('P2');
    clock.set(sh('2026-11-24T10:00:00'));
    const paused = await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'waiting-on-customer', version: c.version, reason: 'Asked for the error log' });
    expect(paused.status).toBe(200);
    const during = await clockOf(c.id, 'diagnosis');
    expect(during).toMatchObject({ state: 'paused', dueAt: null, elapsedMinutes: 60, remainingMinutes: 180, nextSteps: [] });

    clock.set(sh('2026-11-24T13:30:00')); // past the unpaused deadline of 13:00
    await fire();
    expect(await outboxCount(SlaBreachedV1.subject, c.id, 'diagnosis')).toBe(0);

    const resumed = await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'in-progress', version: paused.body.version, reason: 'Log received' });
    expect(resumed.status).toBe(200);
    const after = await clockOf(c.id, 'diagnosis');
    expect(after.dueAt).toBe(sh('2026-11-24T16:30:00').toISOString());
    expect(after.totals.pausedMinutes).toBe(210);
    expect(after.segments).toContainEqual(expect.objectContaining({ kind: 'paused', counts: false, rule: 'paused while the case was waiting-on-customer (R-SLA-6)' }));
    expect(after.ledger.map((l: { kind: string }) => l.kind)).toEqual(['started', 'paused', 'resumed']);

    clock.set(sh('2026-11-24T16:30:00'));
    await fire();
    await published(SlaBreachedV1.subject, c.id, 'diagnosis');
  });

  it('a priority change recomputes the open deadlines from the original start', async () => {
    clock.set(sh('2026-11-25T09:00:00'));
    const c = await openCase('P3');
    expect((await clockOf(c.id, 'diagnosis')).dueAt).toBe(sh('2026-11-27T17:00:00').toISOString());
    clock.set(sh('2026-11-25T10:00:00'));
    const changed = await http('POST', `/v1/cases/${c.id}/priority`, 'agent', { priority: 'P2', reason: 'Production line stopped', version: c.version });
    expect(changed.status).toBe(200);
    const diagnosis = await clockOf(c.id, 'diagnosis');
    expect(diagnosis).toMatchObject({ priority: 'P2', targetMinutes: 240, dueAt: sh('2026-11-25T13:00:00').toISOString() });
    expect(diagnosis.ledger.at(-1)).toMatchObject({ kind: 'recomputed', detail: { reason: 'priority-changed', from: 'P3', to: 'P2', previousTargetMinutes: 1440 } });
    clock.set(sh('2026-11-25T13:00:00'));
    await fire();
    expect(((await published(SlaBreachedV1.subject, c.id, 'diagnosis')).data as { priority: string }).priority).toBe('P2');
  });

  it('the diagnosis milestone meets the clock and cancels the rest of its ladder', async () => {
    clock.set(sh('2026-11-26T09:00:00'));
    const c = await openCase('P2');
    clock.set(sh('2026-11-26T11:00:00'));
    const met = await http('POST', `/v1/cases/${c.id}/milestones`, 'engineer', { milestone: 'diagnosed', note: 'Corrupt firmware image' });
    expect(met.status).toBe(200);
    const diagnosis = met.body.clocks.find((x: { clock: string }) => x.clock === 'diagnosis');
    expect(diagnosis).toMatchObject({ state: 'met', stoppedBy: 'diagnosed', elapsedMinutes: 120, nextSteps: [] });
    clock.set(sh('2026-11-27T09:00:00'));
    await fire();
    expect(await outboxCount(SlaBreachedV1.subject, c.id, 'diagnosis')).toBe(0);
    expect(await outboxCount(SlaWarningV1.subject, c.id, 'diagnosis')).toBe(0);
  });

  it('the engineer’s diagnosis from dispatch (work-order.diagnosed) meets the diagnosis clock at its moment', async () => {
    clock.set(sh('2026-11-26T13:00:00'));
    const c = await openCase('P2');
    const workOrderId = uuidv7();
    clock.set(sh('2026-11-26T14:31:00')); // the event arrives a minute after the engineer recorded it
    await t.publish(WorkOrderDiagnosedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261126-000001',
        caseId: c.id,
        visitId: uuidv7(),
        engineerId: randomUUID(),
        serialNumber: 'SN-1',
        diagnosis: 'Firmware image corrupt after a failed update',
        faultCode: 'FW-CORRUPT',
        cause: 'product-defect',
        defectiveOnArrival: false,
        diagnosedAt: sh('2026-11-26T14:30:00').toISOString(),
      },
    });
    await waitFor(async () => (await clockOf(c.id, 'diagnosis')).state === 'met', { what: 'the diagnosis clock met' });
    expect(await clockOf(c.id, 'diagnosis')).toMatchObject({ stoppedBy: 'diagnosed', stoppedAt: sh('2026-11-26T14:30:00').toISOString(), elapsedMinutes: 90 });
    expect((await http('GET', `/v1/cases/${c.id}`, 'agent')).body.diagnosedAt).toBe(sh('2026-11-26T14:30:00').toISOString());
  });

  it('a manager who reacts in time stops the ladder from climbing (R-SLA-3)', async () => {
    clock.set(sh('2026-11-30T09:00:00'));
    const c = await openCase('P2');
    clock.set(sh('2026-11-30T13:00:00'));
    await fire();
    await published(CaseEscalatedV1.subject, c.id, 'diagnosis', (d) => d.level === 1);
    const { escalations } = await clocksOf(c.id);
    const level1 = escalations.find((e: { clock: string; level: number }) => e.clock === 'diagnosis' && e.level === 1);
    expect(level1).toMatchObject({ reactBy: sh('2026-12-01T13:00:00').toISOString(), reactedAt: null });
    const url = `/v1/cases/${c.id}/escalations/${level1.id}/reaction`;
    expect((await http('POST', url, 'engineer', {})).status).toBe(403);
    expect((await http('POST', url, 'manager', { note: 'Sent the firmware expert' })).status).toBe(200);
    expect((await http('POST', url, 'manager', {})).status).toBe(409);
    clock.set(sh('2026-12-01T13:00:00'));
    await fire();
    expect(await outboxCount(CaseEscalatedV1.subject, c.id, 'diagnosis')).toBe(1);
    expect((await clockOf(c.id, 'diagnosis')).ledger.map((l: { kind: string }) => l.kind)).toContain('escalation-not-needed');
  });

  it('a premium contract in the entitlement puts the case on the 7x24 plan (R-SLA-1)', async () => {
    clock.set(sh('2026-11-28T22:00:00')); // Saturday night
    const c = await openCase('P3');
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(c.id, clock.now(), { slaPlanCode: 'premium-7x24', rules: [{ rule: 'R-WA-6', outcome: 'passed', detail: 'premium 7x24 contract' }] }) });
    await waitFor(async () => (await clocksOf(c.id)).clocks.some((x: { planCode: string }) => x.planCode === 'premium-7x24'), { what: 'the premium plan adopted' });
    const { clocks } = await clocksOf(c.id);
    const byName = Object.fromEntries(clocks.map((x: { clock: string }) => [x.clock, x]));
    expect(byName['on-site']).toMatchObject({ targetMinutes: 120, calendarId: '24x7', dueAt: sh('2026-11-29T00:00:00').toISOString() });
    expect(byName.resolution).toMatchObject({ targetMinutes: 180, dueAt: sh('2026-11-29T01:00:00').toISOString() });
    // R-SLA-1 (issue #15): warranty's decision is no answer; the 10 minutes run from the opening until a person answers.
    expect(byName.response).toMatchObject({ targetMinutes: 10, state: 'running', dueAt: sh('2026-11-28T22:10:00').toISOString() });
    expect(byName.diagnosis).toMatchObject({ stoppedBy: 'plan-changed' }); // the premium plan has no diagnosis clock
  });

  it('customers see the clocks of their own cases only; bad input is refused and changes nothing', async () => {
    clock.set(sh('2026-11-24T09:00:00'));
    const c = await openCase('P4');
    const own = await token('customer', { customerId });
    const other = await token('customer', { customerId: randomUUID() });
    expect((await http('GET', `/v1/cases/${c.id}/clocks`, own)).status).toBe(200);
    expect((await http('GET', `/v1/cases/${c.id}/clocks`, other)).status).toBe(404);
    expect((await http('GET', `/v1/cases/not-a-uuid/clocks`, 'agent')).status).toBe(400);
    expect((await http('POST', `/v1/cases/${c.id}/milestones`, 'engineer', { milestone: 'fixed-it' })).status).toBe(400);
    expect((await http('POST', `/v1/cases/${c.id}/escalations/${randomUUID()}/reaction`, 'manager', {})).status).toBe(404);

    const before = await http('GET', '/v1/sla/calendars/business', 'admin');
    const badZone = await http('PUT', '/v1/sla/calendars/business', 'admin', { ...before.body, id: undefined, timeZone: 'Mars/Olympus' });
    expect(badZone.status).toBe(422);
    const overlap = await http('PUT', '/v1/sla/calendars/business', 'admin', { timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }, holidays: [], makeUpWorkdays: [] }] });
    expect(overlap.status).toBe(422);
    expect((await http('PUT', '/v1/sla/calendars/business', 'agent', { timeZone: 'Asia/Shanghai', versions: [] })).status).toBe(403);
    expect((await http('PUT', '/v1/sla/plans/standard', 'admin', { name: 'x', calendarId: 'business', clocks: { P1: [] }, extra: 1 })).status).toBe(400);
    expect((await http('PUT', '/v1/sla/plans/Bad Code', 'admin', { name: 'x', calendarId: 'business', clocks: { P1: [], P2: [], P3: [], P4: [] } })).status).toBe(400);
    expect((await http('PUT', '/v1/sla/plans/new-plan', 'admin', { name: 'x', calendarId: 'nowhere', clocks: { P1: [], P2: [], P3: [], P4: [] } })).status).toBe(422);
    expect((await http('GET', '/v1/sla/calendars/business', 'admin')).body).toEqual(before.body);
    expect((await http('GET', '/v1/sla/plans/new-plan', 'admin')).status).toBe(404);
  });

  it('two replicas and a restart fire every due rung exactly once', async () => {
    clock.set(sh('2026-12-07T09:00:00'));
    const cases = [];
    for (let i = 0; i < 12; i++) cases.push(await openCase('P1'));
    const replica = await t.startReplica();
    try {
      clock.set(sh('2026-12-07T10:30:00')); // 75 % of the diagnosis hour and the response hour's end have passed
      await Promise.all([fire(t.app), fire(replica)]);
      clock.set(sh('2026-12-07T11:00:00'));
      await Promise.all([fire(t.app), fire(replica)]);
    } finally {
      await replica.close();
    }
    // A restarted replica finds nothing left to fire.
    const restarted = await t.startReplica();
    try {
      await fire(restarted);
    } finally {
      await restarted.close();
    }
    for (const c of cases) {
      expect(await outboxCount(SlaWarningV1.subject, c.id, 'diagnosis')).toBe(1);
      expect(await outboxCount(SlaBreachedV1.subject, c.id, 'diagnosis')).toBe(1);
      expect(await outboxCount(SlaBreachedV1.subject, c.id, 'response')).toBe(1);
      expect(await outboxCount(CaseEscalatedV1.subject, c.id, 'diagnosis')).toBe(1);
    }
  });

  it('a case at a site runs its clocks on the site’s time zone (R-SLA-6), and a stranger’s site is refused', async () => {
    const created = await http('POST', '/v1/customers', 'agent', {
      kind: 'company',
      name: 'Berliner Druck GmbH',
      sites: [{ name: 'Werk Spandau', address: 'Am Juliusturm 1, Berlin', region: 'eu-central', timeZone: 'Europe/Berlin' }],
    });
    expect(created.status).toBe(201);
    const site = created.body.sites[0];
    clock.set(new Date('2026-11-24T08:00:00Z')); // 09:00 in Berlin, 16:00 in Shanghai
    const c = await openCase('P2', { customerId: created.body.id, siteId: site.id });
    expect((await http('GET', `/v1/cases/${c.id}`, 'agent')).body).toMatchObject({ siteId: site.id, region: 'eu-central' });
    // Four working hours from 09:00 in Berlin: 13:00 Berlin time, not the next morning in Shanghai.
    expect(await clockOf(c.id, 'diagnosis')).toMatchObject({ timeZone: 'Europe/Berlin', dueAt: '2026-11-24T12:00:00.000Z' });

    const before = Number((await t.query(`SELECT count(*)::int AS n FROM cases`))[0].n);
    const foreign = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline',
      customerId,
      siteId: site.id,
      contact: { name: 'Li Lei' },
      productModel: 'PX-2000',
      serialNumber: 'SN-X',
      category: 'fault-software',
      priority: 'P2',
      symptoms: 'x',
    });
    expect(foreign.status).toBe(422);
    expect(Number((await t.query(`SELECT count(*)::int AS n FROM cases`))[0].n)).toBe(before);
  });

  // Last: it changes the calendar every other case runs on.
  it('editing a calendar (a holiday added) recomputes the open deadlines and explains them', async () => {
    clock.set(sh('2026-11-27T15:00:00')); // Friday
    const c = await openCase('P3');
    expect((await clockOf(c.id, 'diagnosis')).dueAt).toBe(sh('2026-12-02T15:00:00').toISOString());
    const put = await http('PUT', '/v1/sla/calendars/business', 'admin', {
      timeZone: 'Asia/Shanghai',
      versions: [
        {
          effectiveFrom: null,
          weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]])),
          holidays: [{ date: '2026-11-30', name: '测试假日' }],
          makeUpWorkdays: [{ date: '2026-11-29', name: '调休 Sunday' }],
        },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: 'business', version: 2 });
    expect(put.body.openClocksToRecompute).toBeGreaterThan(0);
    await fire();
    const diagnosis = await clockOf(c.id, 'diagnosis');
    // Friday 15:00-18:00 (3 h), the make-up Sunday 8 h (11), Monday a holiday, Tuesday 8 h (19), Wednesday
    // 09:00-12:00 (22) and 13:00-15:00 after the lunch break (24): due at 15:00 as before, for other reasons.
    expect(diagnosis.dueAt).toBe(sh('2026-12-02T15:00:00').toISOString());
    expect(diagnosis.totals).toMatchObject({ workingMinutes: 24 * 60, holidayMinutes: 24 * 60 });
    expect(diagnosis.ledger.at(-1)).toMatchObject({ kind: 'recomputed', detail: { reason: 'calendar-changed', calendarId: 'business' } });
    expect(diagnosis.segments).toContainEqual(expect.objectContaining({ kind: 'holiday', rule: '2026-11-30 public holiday: 测试假日' }));
    expect(diagnosis.segments).toContainEqual(expect.objectContaining({ kind: 'working', rule: expect.stringContaining('make-up working day (调休)') }));
    expect(diagnosis.why).toContain('holidays');
  });
});
