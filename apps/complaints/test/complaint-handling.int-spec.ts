/**
 * Complaints handled step by step to a committed deadline (issue #12), on real PostgreSQL and NATS with a manual
 * clock: the R-CP-2 procedure in order (a skipped step says why), the guarded lifecycle (an illegal transition is a
 * 409 listing the allowed ones), the deadlines on the business calendar with weekends and China's public holidays
 * (R-CP-4), the warning and the escalation ladder once per level across a restart and two replicas, a renegotiated
 * deadline, compensation approval, the customer's acceptance or rejection, the quality loop (R-CP-6), the customer's
 * standing (R-CP-5), what a customer may read (R-IN-8), and bad input on every endpoint changing nothing.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { HttpMethod, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { complaintsService } from '../src/complaints.service-definition';

// Tuesday 2026-11-24 10:00 in Shanghai; the desk works 09:00-17:00 on weekdays.
const TUESDAY_10 = '2026-11-24T02:00:00.000Z';

describe('complaints: handled step by step to a committed deadline', () => {
  let t: ServiceUnderTest<ManualClock>;
  const clock = new ManualClock(TUESDAY_10);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read field by field
  const call = async (method: HttpMethod, url: string, as: Role, body?: unknown, claims: { sub?: string; customerId?: string } = {}): Promise<{ status: number; body: any; headers: Record<string, unknown> }> =>
    t.http(method, url, { as, claims: { sub: `${as}-1`, ...claims }, body });
  const register = async (over: Record<string, unknown> = {}) => {
    const res = await call('POST', '/v1/complaints', 'complaint-officer', {
      customerId: randomUUID(),
      caseIds: [randomUUID()],
      source: 'phone',
      summary: 'The engineer did not come on the agreed day',
      managerId: 'manager-1',
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const act = async (id: string, path: string, body?: unknown, as: Role = 'complaint-officer', claims = {}) => call('POST', `/v1/complaints/${id}/${path}`, as, body, claims);
  const to = (id: string, status: string, reason?: string) => act(id, 'transitions', { to: status, ...(reason ? { reason } : {}) });
  const outbox = async (type: string, aggregateId: string) =>
    (await t.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2 ORDER BY position`, [`aftersales.complaints.${type}`, aggregateId])).map(
      (r: { envelope: { data: Record<string, unknown>; sequence: number } }) => r.envelope,
    );
  const counts = async () =>
    (
      await t.query(
        `SELECT (SELECT count(*) FROM complaints)::int AS complaints, (SELECT count(*) FROM complaint_steps)::int AS steps, (SELECT count(*) FROM messaging_outbox)::int AS events,
                (SELECT count(*) FROM platform_timer)::int AS timers, (SELECT coalesce(sum(version), 0)::int FROM complaints) AS versions`,
      )
    )[0];
  const at = async (iso: string) => {
    clock.set(iso);
    await t.fireAllDueTimers();
  };
  /** A complaint brought to the given status by the usual path. */
  const complaintIn = async (status: string, over: Record<string, unknown> = {}) => {
    const c = await register(over);
    const path: [string, () => Promise<{ status: number }>][] = [
      ['acknowledged', () => to(c.id, 'acknowledged')],
      ['investigating', () => to(c.id, 'investigating')],
      ['resolution-proposed', () => act(c.id, 'resolution', { actionsTaken: 'Visit rebooked for the next morning', rootCause: 'service-conduct' })],
      ['awaiting-customer', () => act(c.id, 'offer')],
      ['resolved', () => act(c.id, 'customer-response', { accepted: true })],
      ['closed', () => to(c.id, 'closed')],
    ];
    for (const [reached, step] of path) {
      if (status === 'registered') break;
      expect((await step()).status).toBe(200);
      if (reached === status) break;
    }
    return c;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: complaintsService,
      appModule: AppModule,
      clock,
      streams: ['surveys', 'warranty'],
      // The test fires the timer rounds itself.
      env: { TIMERS_POLL_INTERVAL_MS: '3600000', COMPLAINT_COMPENSATION_APPROVAL_ABOVE_MINOR: '50000' },
    });
  });
  afterAll(() => t?.close());
  beforeEach(() => clock.set(TUESDAY_10));

  it('records the procedure in its order, a skipped step with why, and refuses a step out of order (R-CP-2)', async () => {
    const c = await register();
    expect(c).toMatchObject({ status: 'registered', nextProcedureStep: 'thank', allowedTransitions: ['acknowledged'] });
    expect((await act(c.id, 'steps', { step: 'thank', note: 'Thanked Ms Li for telling us' })).status).toBe(201);
    const skipped = await act(c.id, 'steps', { step: 'apologise', skippedBecause: 'The customer asked to go straight to the facts' });
    expect(skipped.body.nextProcedureStep).toBe('analyse-causes');

    const early = await act(c.id, 'steps', { step: 'ask-wanted-resolution' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'COMPLAINTS.STEP_OUT_OF_ORDER', expected: 'analyse-causes' });

    for (const step of ['analyse-causes', 'ask-wanted-resolution', 'state-principles-and-proposal', 'agree-deadline']) {
      expect((await act(c.id, 'steps', { step, note: `${step} done` })).status).toBe(201);
    }
    const done = await act(c.id, 'steps', { step: 'thank' });
    expect(done.body).toMatchObject({ status: 409, code: 'COMPLAINTS.PROCEDURE_COMPLETE' });

    const detail = (await call('GET', `/v1/complaints/${c.id}`, 'manager')).body;
    expect(detail.nextProcedureStep).toBeNull();
    expect(detail.steps.filter((s: { outcome: string | null }) => s.outcome).map((s: { kind: string; outcome: string; skippedBecause: string | null; actor: string }) => [s.kind, s.outcome, s.skippedBecause, s.actor])).toEqual([
      ['listen-and-record', 'done', null, 'user:complaint-officer-1'],
      ['thank', 'done', null, 'user:complaint-officer-1'],
      ['apologise', 'skipped', 'The customer asked to go straight to the facts', 'user:complaint-officer-1'],
      ['analyse-causes', 'done', null, 'user:complaint-officer-1'],
      ['ask-wanted-resolution', 'done', null, 'user:complaint-officer-1'],
      ['state-principles-and-proposal', 'done', null, 'user:complaint-officer-1'],
      ['agree-deadline', 'done', null, 'user:complaint-officer-1'],
    ]);
    const recorded = await outbox('complaint.step-recorded.v1', c.id);
    expect(recorded.map((e) => [e.data.step, e.data.outcome])).toEqual([
      ['thank', 'done'],
      ['apologise', 'skipped'],
      ['analyse-causes', 'done'],
      ['ask-wanted-resolution', 'done'],
      ['state-principles-and-proposal', 'done'],
      ['agree-deadline', 'done'],
    ]);
  });

  it('shows the customer their own complaint with the public steps only, and another customer nothing (R-IN-8)', async () => {
    const customerId = randomUUID();
    const c = await register({ customerId });
    await act(c.id, 'steps', { step: 'thank', note: 'Thanked the customer' });
    await act(c.id, 'notes', { note: 'Customer was rude to the engineer last time' });
    const staff = (await call('GET', `/v1/complaints/${c.id}`, 'complaint-officer')).body;
    expect(staff.steps.map((s: { kind: string; visibility: string }) => [s.kind, s.visibility])).toEqual([
      ['listen-and-record', 'public'],
      ['thank', 'public'],
      ['note', 'internal'],
    ]);
    const own = await call('GET', `/v1/complaints/${c.id}`, 'customer', undefined, { customerId });
    expect(own.status).toBe(200);
    expect(own.body.steps.map((s: { kind: string }) => s.kind)).toEqual(['listen-and-record', 'thank']);
    expect(own.body).toMatchObject({ officerId: null, managerId: null, escalations: [] });
    expect(JSON.stringify(own.body)).not.toContain('rude');

    const stranger = { customerId: randomUUID() };
    const peek = await call('GET', `/v1/complaints/${c.id}`, 'customer', undefined, stranger);
    expect(peek).toMatchObject({ status: 404, body: { code: 'COMPLAINTS.COMPLAINT_NOT_FOUND' } });
    expect(peek.headers['content-type']).toMatch(/^application\/problem\+json/);
    const answer = await act(c.id, 'customer-response', { accepted: true }, 'customer', stranger);
    expect(answer.status).toBe(404);
    expect((await call('GET', '/v1/complaints', 'customer', undefined, stranger)).body.items).toEqual([]);
  });

  it('handles a complaint to closure: resolution accepted, complaint.resolved and complaint.closed, a product-quality cause to the technical center (R-CP-6)', async () => {
    const customerId = randomUUID();
    const c = await register({ customerId, productModel: 'PX-2000', serialNumber: 'SN-Q-1', fault: 'Head jams on every page', wantedResolution: 'A new printer head' });
    await to(c.id, 'acknowledged');
    await to(c.id, 'investigating');
    clock.set('2026-11-25T03:00:00.000Z');
    const proposed = await act(c.id, 'resolution', {
      actionsTaken: 'Printer head replaced free of charge',
      compensation: { amountMinor: 20000 },
      rootCause: 'product-quality',
      rootCauseDetail: 'Head bracket cracks under heat',
    });
    expect(proposed.body).toMatchObject({ status: 'resolution-proposed', resolution: { approvalRequired: false, compensation: { amountMinor: 20000, serviceCreditMinor: 0, currency: 'CNY', goods: null } } });
    await act(c.id, 'offer');
    const accepted = await act(c.id, 'customer-response', { accepted: true, note: 'Works again, thank you' }, 'customer', { customerId });
    expect(accepted.body).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-25T03:00:00.000Z', resolution: { customerResponse: { accepted: true } } });
    expect((await to(c.id, 'closed')).body).toMatchObject({ status: 'closed', allowedTransitions: [] });

    const [resolved] = await outbox('complaint.resolved.v1', c.id);
    expect(resolved.data).toMatchObject({
      customerId,
      actionsTaken: 'Printer head replaced free of charge',
      compensation: { amountMinor: 20000, serviceCreditMinor: 0, currency: 'CNY', goods: null },
      rootCause: 'product-quality',
      dueAt: '2026-11-26T02:00:00.000Z',
      metDeadline: true,
      resolvedAt: '2026-11-25T03:00:00.000Z',
      notify: [
        { audience: 'officer', userId: 'complaint-officer-1' },
        { audience: 'manager', userId: 'manager-1' },
      ],
    });
    const [quality] = await outbox('complaint.quality-issue-reported.v1', c.id);
    expect(quality.data).toMatchObject({ productModel: 'PX-2000', serialNumber: 'SN-Q-1', fault: 'Head jams on every page', rootCauseDetail: 'Head bracket cracks under heat' });
    expect((await outbox('complaint.closed.v1', c.id)).map((e) => e.data.closedAt)).toEqual(['2026-11-25T03:00:00.000Z']);
    expect((await outbox('complaint.status-changed.v1', c.id)).map((e) => `${e.data.from}>${e.data.to}`)).toEqual([
      'registered>acknowledged',
      'acknowledged>investigating',
      'investigating>resolution-proposed',
      'resolution-proposed>awaiting-customer',
      'awaiting-customer>resolved',
      'resolved>closed',
    ]);
    // R-CP-5: the standing counts the complaint, open until resolved.
    const standing = await outbox('customer-standing.changed.v1', customerId);
    expect(standing.map((e) => [e.sequence, e.data.complaintCount, e.data.openComplaints])).toEqual([
      [1, 1, 1],
      [2, 1, 0],
    ]);
    // The deadlines were met: no timer of the complaint is left pending.
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`, [`complaint:${c.id}:%`])).toBe(0);
  });

  it('reopens a complaint whose resolution the customer rejects, and investigates it again', async () => {
    const customerId = randomUUID();
    const c = await complaintIn('awaiting-customer', { customerId });
    const rejected = await act(c.id, 'customer-response', { accepted: false, note: 'A rebooked visit is not enough' }, 'customer', { customerId });
    expect(rejected.body).toMatchObject({ status: 'reopened', allowedTransitions: ['acknowledged', 'investigating'], resolution: { customerResponse: { accepted: false, note: 'A rebooked visit is not enough' } } });
    const [reopened] = (await outbox('complaint.status-changed.v1', c.id)).filter((e) => e.data.to === 'reopened');
    expect(reopened.data).toMatchObject({ from: 'awaiting-customer', reason: 'A rebooked visit is not enough', notify: [{ audience: 'officer' }, { audience: 'manager', userId: 'manager-1' }] });
    expect((await to(c.id, 'investigating')).body.status).toBe('investigating');
    // Its handling deadline runs again.
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`, [`complaint:${c.id}:handling:%`])).toBe(2);
  });

  it('puts a compensation above the approval amount to the customer only once a manager approved it', async () => {
    const c = await complaintIn('investigating');
    const proposed = await act(c.id, 'resolution', { actionsTaken: 'Refund of the call-out fee and a credit', compensation: { amountMinor: 40000, serviceCreditMinor: 20000 }, rootCause: 'process' });
    expect(proposed.body.resolution).toMatchObject({ approvalRequired: true, approval: null });
    const [event] = await outbox('complaint.resolution-proposed.v1', c.id);
    expect(event.data).toMatchObject({ approvalRequired: true, notify: [{ audience: 'manager', userId: 'manager-1' }] });

    const before = await counts();
    const early = await act(c.id, 'offer');
    expect(early).toMatchObject({ status: 409, body: { code: 'COMPLAINTS.COMPENSATION_NOT_APPROVED' } });
    expect((await act(c.id, 'compensation-decision', { approved: true }, 'complaint-officer')).status).toBe(403);
    expect(await counts()).toEqual(before);

    const approved = await act(c.id, 'compensation-decision', { approved: true, note: 'Within policy' }, 'manager');
    expect(approved.body.resolution.approval).toMatchObject({ approved: true, decidedBy: 'user:manager-1', note: 'Within policy' });
    expect((await act(c.id, 'compensation-decision', { approved: true }, 'manager')).body.code).toBe('COMPLAINTS.NO_APPROVAL_PENDING');
    expect((await act(c.id, 'offer')).body.status).toBe('awaiting-customer');

    const refused = await complaintIn('investigating');
    await act(refused.id, 'resolution', { actionsTaken: 'A new printer', compensation: { amountMinor: 0, goods: 'PX-2000 printer', serviceCreditMinor: 60000 }, rootCause: 'parts' });
    const no = await act(refused.id, 'compensation-decision', { approved: false, note: 'Repair first' }, 'manager');
    expect(no.body).toMatchObject({ status: 'investigating', resolution: { approval: { approved: false } } });
    expect((await outbox('complaint.compensation-decided.v1', refused.id)).map((e) => e.data.approved)).toEqual([false]);
  });

  it('sets the deadlines on the business calendar: over a weekend, and over the National Day holiday (R-CP-4)', async () => {
    // Friday 2026-11-27 15:00 Shanghai: acknowledged by Monday 11:00, handled by Tuesday 15:00 (16 working hours).
    clock.set('2026-11-27T07:00:00.000Z');
    const friday = await register();
    expect(friday).toMatchObject({ acknowledgeBy: '2026-11-30T03:00:00.000Z', dueAt: '2026-12-01T07:00:00.000Z' });
    // Tuesday 2026-09-29 15:00: 30 September counts, 1-7 October are the holiday, Thursday 8 October 15:00.
    clock.set('2026-09-29T07:00:00.000Z');
    const holiday = await register();
    expect(holiday).toMatchObject({ acknowledgeBy: '2026-09-30T03:00:00.000Z', dueAt: '2026-10-08T07:00:00.000Z' });
    const [opened] = await outbox('complaint.opened.v1', holiday.id);
    expect(opened.data).toMatchObject({ acknowledgeBy: '2026-09-30T03:00:00.000Z', dueAt: '2026-10-08T07:00:00.000Z' });
  });

  it('warns before the deadline and escalates a miss to the manager, then management, once per level across a restart and two replicas (R-CP-4)', async () => {
    const handled = await register();
    await to(handled.id, 'acknowledged');
    const silent = await register();

    // Three quarters of the 16 working hours: Wednesday 14:00 Shanghai.
    await at('2026-11-25T05:59:00.000Z');
    expect(await outbox('complaint.deadline-warning.v1', handled.id)).toEqual([]);
    await at('2026-11-25T06:00:00.000Z');
    expect((await outbox('complaint.deadline-warning.v1', handled.id)).map((e) => [e.data.deadline, e.data.dueAt])).toEqual([['handling', '2026-11-26T02:00:00.000Z']]);
    // The silent complaint also missed its acknowledgement (Tuesday 14:00): its own ladder fired at level 1.
    expect((await outbox('complaint.escalated.v1', silent.id)).map((e) => [e.data.deadline, e.data.level])).toEqual([['acknowledgement', 1]]);

    // The deadline, Thursday 10:00: level 1, the officer's manager, to react within 4 working hours.
    await at('2026-11-26T02:00:00.000Z');
    await t.restart();
    const replica = await t.startReplica();
    clock.set('2026-11-26T06:00:00.000Z');
    await Promise.all([t.fireDueTimers(t.app), t.fireDueTimers(replica), t.fireDueTimers(t.app), t.fireDueTimers(replica)]);
    await t.fireAllDueTimers();
    // Long after: nothing more on the ladder.
    await at('2026-12-10T02:00:00.000Z');

    const escalated = await outbox('complaint.escalated.v1', handled.id);
    expect(escalated.map((e) => e.data)).toEqual([
      {
        complaintId: handled.id,
        complaintNumber: handled.complaintNumber,
        deadline: 'handling',
        level: 1,
        dueAt: '2026-11-26T02:00:00.000Z',
        escalatedAt: '2026-11-26T02:00:00.000Z',
        reactBy: '2026-11-26T06:00:00.000Z',
        notify: [
          { audience: 'manager', userId: 'manager-1' },
          { audience: 'officer', userId: 'complaint-officer-1' },
        ],
      },
      {
        complaintId: handled.id,
        complaintNumber: handled.complaintNumber,
        deadline: 'handling',
        level: 2,
        dueAt: '2026-11-26T02:00:00.000Z',
        escalatedAt: '2026-11-26T06:00:00.000Z',
        // 8 working hours from Thursday 14:00: Friday 14:00.
        reactBy: '2026-11-27T06:00:00.000Z',
        notify: [
          { audience: 'management', userId: null },
          { audience: 'manager', userId: 'manager-1' },
        ],
      },
    ]);
    expect(escalated.map((e) => e.sequence)).toEqual([...new Set(escalated.map((e) => e.sequence))]);
    const detail = (await call('GET', `/v1/complaints/${handled.id}`, 'manager')).body;
    expect(detail).toMatchObject({ overdue: true });
    expect(detail.escalations.map((e: { level: number; reactBy: string }) => [e.level, e.reactBy])).toEqual([
      [1, '2026-11-26T06:00:00.000Z'],
      [2, '2026-11-27T06:00:00.000Z'],
    ]);
    expect((await outbox('complaint.escalated.v1', silent.id)).map((e) => [e.data.deadline, e.data.level])).toEqual([
      ['acknowledgement', 1],
      ['acknowledgement', 2],
      ['handling', 1],
      ['handling', 2],
    ]);
    await replica.close();
  });

  it('does not tell management when the manager reacts by the reaction deadline (R-CP-4)', async () => {
    const answered = await register();
    const sentinel = await register();
    for (const c of [answered, sentinel]) await to(c.id, 'acknowledged');
    const early = await act(answered.id, 'escalation-reactions', { level: 1, note: 'Calling the customer myself' }, 'manager');
    expect(early).toMatchObject({ status: 409, body: { code: 'COMPLAINTS.NO_ESCALATION_TO_REACT_TO' } });
    // Missed on Thursday 10:00; the manager reacts at 11:00, within the 4 working hours.
    await at('2026-11-26T02:00:00.000Z');
    clock.set('2026-11-26T03:00:00.000Z');
    const reacted = await act(answered.id, 'escalation-reactions', { level: 1, note: 'Calling the customer myself' }, 'manager');
    expect(reacted.body.escalations).toEqual([expect.objectContaining({ level: 1, reactedAt: '2026-11-26T03:00:00.000Z', reactedBy: 'user:manager-1', reaction: 'Calling the customer myself' })]);
    expect((await act(answered.id, 'escalation-reactions', { level: 1, note: 'Again' }, 'manager')).status).toBe(409);
    await at('2026-11-26T06:00:00.000Z');
    // The sentinel, whose manager did not react, went on to management in the same round.
    expect((await outbox('complaint.escalated.v1', sentinel.id)).map((e) => e.data.level)).toEqual([1, 2]);
    expect((await outbox('complaint.escalated.v1', answered.id)).map((e) => e.data.level)).toEqual([1]);
    const steps = (await call('GET', `/v1/complaints/${answered.id}`, 'manager')).body.steps.map((s: { kind: string }) => s.kind);
    expect(steps).toEqual(expect.arrayContaining(['escalated', 'escalation-reacted', 'escalation-not-needed']));
  });

  it('moves the timers when the deadline is renegotiated, and records why (R-CP-4)', async () => {
    const c = await register();
    await to(c.id, 'acknowledged');
    clock.set('2026-11-25T02:00:00.000Z');
    const moved = await act(c.id, 'deadline', { dueAt: '2026-11-30T02:00:00.000Z', reason: 'The replacement head ships from the factory on Friday' });
    expect(moved.body).toMatchObject({ dueAt: '2026-11-30T02:00:00.000Z', status: 'acknowledged' });
    expect(moved.body.steps.at(-1)).toMatchObject({ kind: 'deadline-renegotiated', note: expect.stringContaining('The replacement head ships from the factory on Friday') });
    const [event] = await outbox('complaint.deadline-renegotiated.v1', c.id);
    expect(event.data).toMatchObject({ previousDueAt: '2026-11-26T02:00:00.000Z', dueAt: '2026-11-30T02:00:00.000Z', reason: 'The replacement head ships from the factory on Friday' });

    // The old deadline passes without a word.
    await at('2026-11-26T03:00:00.000Z');
    expect(await outbox('complaint.deadline-warning.v1', c.id)).toEqual([]);
    expect(await outbox('complaint.escalated.v1', c.id)).toEqual([]);
    // 75 % of the 24 working hours from Wednesday 10:00 to Monday 10:00: Friday 12:00.
    await at('2026-11-27T04:00:00.000Z');
    expect((await outbox('complaint.deadline-warning.v1', c.id)).map((e) => e.data.dueAt)).toEqual(['2026-11-30T02:00:00.000Z']);
    await at('2026-11-30T02:00:00.000Z');
    expect((await outbox('complaint.escalated.v1', c.id)).map((e) => [e.data.level, e.data.dueAt])).toEqual([[1, '2026-11-30T02:00:00.000Z']]);

    const before = await counts();
    const past = await act(c.id, 'deadline', { dueAt: '2026-11-29T02:00:00.000Z', reason: 'Too late' });
    expect(past).toMatchObject({ status: 422, body: { code: 'COMPLAINTS.DEADLINE_NOT_AHEAD' } });
    expect(await counts()).toEqual(before);
  });

  it('refuses every illegal transition with a 409 listing the allowed ones, changing nothing', async () => {
    const plain = ['acknowledged', 'investigating', 'closed', 'reopened'];
    const allowed: Record<string, string[]> = {
      registered: ['acknowledged'],
      acknowledged: ['investigating'],
      investigating: ['resolution-proposed'],
      'resolution-proposed': ['awaiting-customer', 'investigating'],
      'awaiting-customer': ['resolved', 'reopened'],
      resolved: ['closed', 'reopened'],
      closed: [],
    };
    let refused = 0;
    for (const [status, allowedFrom] of Object.entries(allowed)) {
      const c = await complaintIn(status);
      const before = await counts();
      for (const target of plain.filter((p) => !allowedFrom.includes(p))) {
        const res = await to(c.id, target, 'because');
        expect({ status, target, code: res.status, body: res.body }).toMatchObject({ status, target, code: 409, body: { code: 'COMPLAINTS.ILLEGAL_TRANSITION', from: status, to: target, allowed: allowedFrom } });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        refused++;
      }
      const dedicated: [string, string, unknown][] = [
        ['resolution-proposed', 'resolution', { actionsTaken: 'x', rootCause: 'process' }],
        ['awaiting-customer', 'offer', undefined],
        ['resolved', 'customer-response', { accepted: true }],
      ];
      for (const [target, path, body] of dedicated.filter(([target]) => !allowedFrom.includes(target))) {
        const res = await act(c.id, path, body);
        expect({ status, target, code: res.status, body: res.body }).toMatchObject({ status, target, code: 409, body: { from: status, allowed: allowedFrom } });
        refused++;
      }
      expect(await counts()).toEqual(before);
    }
    // 4 plain and 3 dedicated transitions tried from 7 statuses, less the 9 allowed ones.
    expect(refused).toBe(7 * 7 - 9);
  });

  it('records the warranty status at the time from warranty\'s events, and judges the complaint against the policy with its evidence (R-CP-3)', async () => {
    const caseId = randomUUID();
    const decisionId = uuidv7();
    await t.publish(EntitlementDeterminedV1, {
      aggregateId: decisionId,
      sequence: 1,
      data: {
        decisionId,
        caseId,
        serialNumber: 'SN-W-1',
        productModel: 'PX-2000',
        inWarranty: true,
        warrantyStartsOn: '2026-01-01',
        warrantyEndsOn: '2027-12-31',
        coverage: { parts: true, labour: true, onSite: true },
        allowedServiceModes: ['on-site'],
        slaPlanCode: null,
        rules: [{ rule: 'R-WA-1', outcome: 'passed', detail: 'within the warranty period' }],
        determinedAt: '2026-11-20T02:00:00.000Z',
      },
    });
    await waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM warranty_decisions WHERE case_id = $1`, [caseId])) === 1 || undefined, { what: "warranty's decision" });
    // The customer disputes paying for a repair: warranty's decision is linked as the evidence.
    const c = await register({ caseIds: [caseId], brokenCommitment: 'free-or-paid-dispute', severity: 'high', contact: { name: 'Li Lei', phone: '+86 21 5555 0199' } });
    expect(c).toMatchObject({
      severity: 'high',
      warranty: { known: true, inWarranty: true, decisionId, warrantyEndsOn: '2027-12-31', determinedAt: '2026-11-20T02:00:00.000Z' },
      judgement: { commitment: 'free-or-paid-dispute', rule: 'R-WA-1..6: free service within warranty and contract', evidence: [{ kind: 'warranty-decision', ref: decisionId }] },
    });
    const [opened] = await outbox('complaint.opened.v1', c.id);
    expect(opened.data).toMatchObject({ brokenCommitment: 'free-or-paid-dispute', severity: 'high' });
    expect(JSON.stringify(opened.data)).not.toContain('5555');
    expect((await register({ serialNumber: 'SN-W-1', caseIds: [] })).warranty).toMatchObject({ known: true, decisionId });
    expect((await register({ serialNumber: 'SN-UNKNOWN' })).warranty).toEqual({ known: false, inWarranty: null, decisionId: null, warrantyEndsOn: null, determinedAt: null });

    const before = await counts();
    const unproven = await call('POST', '/v1/complaints', 'complaint-officer', { customerId: randomUUID(), source: 'email', summary: 'Nobody came within 4 hours', brokenCommitment: 'sla-breach' });
    expect(unproven).toMatchObject({ status: 422, body: { code: 'COMPLAINTS.EVIDENCE_MISSING', missing: ['case-clock-ledger'] } });
    expect(await counts()).toEqual(before);
    const proven = await register({ source: 'email', brokenCommitment: 'sla-breach', evidence: [{ kind: 'case-clock-ledger', ref: caseId }] });
    expect(proven.judgement.evidence).toEqual(expect.arrayContaining([{ kind: 'case-clock-ledger', ref: caseId }]));
  });

  describe('bad input on every endpoint answers a 4xx problem+json and changes nothing', () => {
    let id: string;
    beforeAll(async () => {
      clock.set(TUESDAY_10);
      id = (await complaintIn('investigating')).id;
    });
    const unknown = '0192f3a0-7c1e-7c3a-9a4e-00000000dead';
    const cases: [string, string, string, unknown, Role, number][] = [
      ['a step that is not one', 'POST', 'steps', { step: 'shout' }, 'complaint-officer', 400],
      ['a skipped step with an empty reason', 'POST', 'steps', { step: 'thank', skippedBecause: ' ' }, 'complaint-officer', 400],
      ['a step recorded by an engineer', 'POST', 'steps', { step: 'thank' }, 'engineer', 403],
      ['an empty note', 'POST', 'notes', { note: '' }, 'complaint-officer', 400],
      ['a note by a customer', 'POST', 'notes', { note: 'hi' }, 'customer', 403],
      ['an unknown status', 'POST', 'transitions', { to: 'lost' }, 'complaint-officer', 400],
      ['reopening without a reason', 'POST', 'transitions', { to: 'reopened' }, 'complaint-officer', 400],
      ['a transition with an unknown field', 'POST', 'transitions', { to: 'closed', force: true }, 'complaint-officer', 400],
      ['a deadline that is not a date', 'POST', 'deadline', { dueAt: 'friday', reason: 'x' }, 'complaint-officer', 400],
      ['a deadline without a reason', 'POST', 'deadline', { dueAt: '2026-12-01T02:00:00.000Z' }, 'complaint-officer', 400],
      ['a resolution without a root cause', 'POST', 'resolution', { actionsTaken: 'Fixed' }, 'complaint-officer', 400],
      ['a negative compensation', 'POST', 'resolution', { actionsTaken: 'Fixed', rootCause: 'parts', compensation: { amountMinor: -1 } }, 'complaint-officer', 400],
      ['a compensation in fractions of a fen', 'POST', 'resolution', { actionsTaken: 'Fixed', rootCause: 'parts', compensation: { amountMinor: 10.5 } }, 'complaint-officer', 400],
      ['a compensation decision without a verdict', 'POST', 'compensation-decision', { note: 'ok' }, 'manager', 400],
      ['a customer response that is not a yes or no', 'POST', 'customer-response', { accepted: 'maybe' }, 'complaint-officer', 400],
      ['an offer by an agent', 'POST', 'offer', undefined, 'agent', 403],
      ['a reaction of a level that does not exist', 'POST', 'escalation-reactions', { level: 3, note: 'x' }, 'manager', 400],
      ['a reaction without a note', 'POST', 'escalation-reactions', { level: 1 }, 'manager', 400],
      ['a reaction by an officer', 'POST', 'escalation-reactions', { level: 1, note: 'x' }, 'complaint-officer', 403],
    ];
    it.each(cases)('refuses %s', async (_what, method, path, body, role, status) => {
      const before = await counts();
      const res = await call(method as HttpMethod, `/v1/complaints/${id}/${path}`, role, body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await counts()).toEqual(before);
    });
    it.each(['steps', 'notes', 'transitions', 'deadline', 'resolution', 'offer', 'customer-response', 'escalation-reactions'])('answers 404 for an unknown complaint and 400 for an id that is not one on %s', async (path) => {
      const before = await counts();
      const body = { steps: { step: 'thank' }, notes: { note: 'x' }, transitions: { to: 'acknowledged' }, deadline: { dueAt: '2027-01-04T02:00:00.000Z', reason: 'x' }, resolution: { actionsTaken: 'x', rootCause: 'parts' }, offer: undefined, 'customer-response': { accepted: true }, 'escalation-reactions': { level: 1, note: 'x' } }[path];
      const role = path === 'escalation-reactions' ? 'manager' : 'complaint-officer';
      expect((await call('POST', `/v1/complaints/${unknown}/${path}`, role, body)).body).toMatchObject({ status: 404, code: 'COMPLAINTS.COMPLAINT_NOT_FOUND' });
      expect((await call('POST', `/v1/complaints/CP-1/${path}`, role, body)).status).toBe(400);
      expect(await counts()).toEqual(before);
    });
  });
});
