/**
 * The lifecycle of a case over HTTP (issue #3 "Intake", bullets 3 and 4): every allowed status change and a few
 * illegal ones (409 with the allowed statuses, nothing changed), optimistic concurrency, reopening within and after
 * the window, the customer's confirmation and rejection (R-IN-7), auto-closure with a moved clock swept by two
 * replicas at once, priority changes (R-IN-5), assignment and takeover (R-IN-6), notes, and customer isolation (R-IN-8).
 */
import { randomUUID } from 'node:crypto';
import { CaseAssignedV1, CaseClosedV1, CasePriorityChangedV1, CaseResolvedV1, CaseStatusChangedV1 } from '@aftersales/contracts-intake';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { Clock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { AutoCloseJob } from '../src/cases/commands/auto-close/auto-close.job';
import { CASE_STATUSES, CaseStatus, allowedTransitions } from '../src/cases/domain/case-lifecycle';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

const DAY = 24 * 60 * 60 * 1000;

type Reply = { status: number; body: Record<string, any>; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('intake: the case lifecycle, notes and assignment over HTTP', () => {
  let t: ServiceUnderTest;
  let replica: NestFastifyApplication;
  let events: EventCollector;
  // The injected clock of both replicas runs this far ahead of real time: tests move time by changing it.
  let offsetMs = 0;
  const later = (ms: number) => (offsetMs = ms);
  class MovedClock extends Clock {
    now(): Date {
      return new Date(Date.now() + offsetMs);
    }
  }

  const customerId = randomUUID();
  const agent = () => t.token('agent', { sub: 'agent-1' });
  const customer = () => t.token('customer', { customerId, sub: 'customer-1' });
  const stranger = () => t.token('customer', { customerId: randomUUID(), sub: 'customer-2' });

  const http = async (method: 'GET' | 'POST', url: string, auth: string | null, payload?: unknown, raw?: string): Promise<Reply> => {
    const res = await t.http(method, url, { token: auth, body: raw ?? payload });
    return { ...res, body: res.body ?? {} };
  };
  const openCase = async (over: Record<string, unknown> = {}) => {
    // Test data: a case is opened for a registered customer (issue #15).
    await registerCustomer(t, customerId);
    const res = await http('POST', '/v1/cases', await agent(), {
      channel: 'hotline',
      customerId,
      contact: { name: '李雷', phone: '+86 21 5555 0199' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0042',
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: 'Powers off under load',
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; caseNumber: string };
  };
  const getCase = async (id: string) => (await http('GET', `/v1/cases/${id}`, await agent())).body;
  const activity = async (id: string, auth?: string) => (await http('GET', `/v1/cases/${id}/activity`, auth ?? (await agent()))).body.items as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const changeStatus = async (id: string, body: Record<string, unknown>, auth?: string) => http('POST', `/v1/cases/${id}/status`, auth ?? (await agent()), body);
  /** What a refused request must leave untouched: the case row, its log and every event written. */
  const snapshot = async (id?: string) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_activity)::int AS activity,
              (SELECT count(*) FROM messaging_outbox)::int AS events,
              (SELECT row_to_json(c) FROM cases c WHERE c.id = $1) AS "case"`,
      [id ?? randomUUID()],
    );
    return row;
  };
  const outboxFor = async (id: string, type: string) =>
    (await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1 AND envelope->>'type' = $2 ORDER BY created_at`, [id, type])).map(
      (r: { envelope: { data: Record<string, unknown> } }) => r.envelope.data,
    );

  /** Moves a fresh case to `status` along a path of allowed changes. */
  const PATHS: Record<CaseStatus, CaseStatus[]> = {
    new: [],
    acknowledged: ['acknowledged'],
    'in-progress': ['in-progress'],
    'waiting-on-customer': ['waiting-on-customer'],
    'waiting-on-parts': ['acknowledged', 'waiting-on-parts'],
    resolved: ['resolved'],
    closed: ['resolved', 'closed'],
    reopened: ['resolved', 'closed', 'reopened'],
  };
  const bodyFor = (to: CaseStatus, version: number) => ({
    status: to,
    version,
    reason: `to ${to}`,
    ...(to === 'resolved' ? { resolution: 'Replaced the power supply' } : {}),
  });
  const caseIn = async (status: CaseStatus) => {
    const c = await openCase();
    let version = c.version;
    for (const step of PATHS[status]) {
      const res = await changeStatus(c.id, bodyFor(step, version));
      expect(res.status).toBe(200);
      version = res.body.version;
    }
    return { id: c.id, version };
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: intakeService,
      appModule: AppModule,
      env: {
        CASE_REOPEN_WINDOW_DAYS: '7',
        CASE_AUTO_CLOSE_DAYS: '7',
        // The tests sweep by hand with a moved clock; the background sweep must not race them.
        CASE_AUTO_CLOSE_SWEEP_INTERVAL_MS: '3600000',
        // Moving the clock weeks ahead would make every SLA timer due at once: this file is not about them.
        TIMERS_POLL_INTERVAL_MS: '3600000',
      },
      clock: new MovedClock(),
    });
    replica = await t.startReplica();
    events = await t.events();
  }, 30_000);

  beforeEach(() => later(0));

  afterAll(() => t?.close(), 30_000);

  const edges = CASE_STATUSES.flatMap((from) => allowedTransitions(from).map((to) => [from, to] as const));
  const ACTIONS: Record<string, string> = {
    'new>acknowledged': 'acknowledged',
    'acknowledged>in-progress': 'work-started',
    'reopened>in-progress': 'work-started',
    'new>in-progress': 'work-started',
    'waiting-on-customer>in-progress': 'work-resumed',
    'waiting-on-parts>in-progress': 'work-resumed',
    'resolved>in-progress': 'resolution-rejected',
    'resolved>closed': 'case-closed',
    'closed>reopened': 'case-reopened',
  };
  const actionOf = (from: string, to: string) => ACTIONS[`${from}>${to}`] ?? (to === 'resolved' ? 'case-resolved' : to === 'reopened' ? 'case-reopened' : to);

  it('covers every transition of the lifecycle', () => {
    expect(edges).toHaveLength(21);
  });

  it.each(edges)('moves a %s case to %s, logging actor and time, with its status-changed event in the same transaction', async (from, to) => {
    const c = await caseIn(from);
    const res = await changeStatus(c.id, bodyFor(to, c.version));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: to, version: c.version + 1 });
    const last = (await activity(c.id)).at(-1);
    expect(last).toMatchObject({ kind: actionOf(from, to), actor: 'user:agent-1', visibility: 'public', detail: { from, to } });
    expect(Math.abs(Date.parse(last?.at) - Date.now())).toBeLessThan(30_000);
    const changes = await outboxFor(c.id, CaseStatusChangedV1.subject);
    expect(changes.at(-1)).toMatchObject({ from, to, action: actionOf(from, to), changedBy: 'user:agent-1' });
    if (to === 'resolved') expect((await outboxFor(c.id, CaseResolvedV1.subject)).at(-1)).toMatchObject({ resolution: 'Replaced the power supply', workOrderId: null });
    if (to === 'closed') expect(await outboxFor(c.id, CaseClosedV1.subject)).toEqual([expect.objectContaining({ confirmation: 'customer-confirmed' })]);
  });

  it.each([
    ['new', 'closed'],
    ['new', 'waiting-on-parts'],
    ['in-progress', 'reopened'],
    ['closed', 'in-progress'],
    ['resolved', 'new'],
    ['waiting-on-customer', 'waiting-on-parts'],
  ] as const)('refuses %s -> %s with a 409 listing the allowed statuses, changing nothing', async (from, to) => {
    const c = await caseIn(from);
    const before = await snapshot(c.id);
    const res = await changeStatus(c.id, bodyFor(to, c.version));
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:aftersales:problem:intake-illegal-transition', code: 'INTAKE.ILLEGAL_TRANSITION', from, to, allowed: [...allowedTransitions(from)] });
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('lets only the first of two agents working from the same version change the case (optimistic concurrency)', async () => {
    const c = await openCase();
    const [a, b] = await Promise.all([
      changeStatus(c.id, { status: 'acknowledged', version: c.version }),
      changeStatus(c.id, { status: 'in-progress', version: c.version }, await t.token('engineer', { sub: 'eng-9' })),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ code: 'INTAKE.VERSION_CONFLICT', expectedVersion: c.version, currentVersion: c.version + 1 });
    expect((await getCase(c.id)).version).toBe(c.version + 1);
    expect(await outboxFor(c.id, CaseStatusChangedV1.subject)).toHaveLength(1);
  });

  it('reopens a closed case within the window, and refuses after it with nothing changed (R-IN-7)', async () => {
    const a = await caseIn('closed');
    const b = await caseIn('closed');
    const closedAt = Date.parse((await getCase(b.id)).closedAt);
    later(closedAt + 7 * DAY - 60_000 - Date.now());
    const within = await changeStatus(a.id, { status: 'reopened', version: a.version, reason: 'The fault is back' }, await customer());
    expect(within.status).toBe(200);
    expect(within.body).toMatchObject({ status: 'reopened', closedAt: null, resolvedAt: null });
    later(closedAt + 7 * DAY + 60_000 - Date.now());
    const before = await snapshot(b.id);
    const after = await changeStatus(b.id, { status: 'reopened', version: b.version, reason: 'The fault is back' }, await customer());
    expect(after.status).toBe(422);
    expect(after.body).toMatchObject({ code: 'INTAKE.REOPEN_WINDOW_PASSED' });
    expect(await snapshot(b.id)).toEqual(before);
  });

  it('closes a resolved case when its customer confirms, emitting case.closed once (R-IN-7)', async () => {
    const c = await caseIn('resolved');
    const res = await changeStatus(c.id, { status: 'closed', version: c.version }, await customer());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect((await activity(c.id, await customer())).at(-1)).toMatchObject({ kind: 'case-closed', actor: 'user:customer-1', detail: { confirmation: 'customer-confirmed', onBehalfOfCustomer: false } });
    const again = await changeStatus(c.id, { status: 'closed', version: res.body.version }, await customer());
    expect(again.status).toBe(409);
    const closed = await outboxFor(c.id, CaseClosedV1.subject);
    expect(closed).toEqual([expect.objectContaining({ caseId: c.id, confirmation: 'customer-confirmed' })]);
    await events.waitFor((e) => e.type === CaseClosedV1.subject && e.subject === c.id);
  });

  it('lets the customer reject a resolution with a reason, back in progress; without a reason or beyond their actions it refuses', async () => {
    const c = await caseIn('resolved');
    const before = await snapshot(c.id);
    const noReason = await changeStatus(c.id, { status: 'in-progress', version: c.version }, await customer());
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('INTAKE.REASON_REQUIRED');
    expect(await snapshot(c.id)).toEqual(before);
    const rejected = await changeStatus(c.id, { status: 'in-progress', version: c.version, reason: 'Still powers off' }, await customer());
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'in-progress', resolvedAt: null });
    expect((await activity(c.id)).at(-1)).toMatchObject({ kind: 'resolution-rejected', actor: 'user:customer-1', detail: { reason: 'Still powers off' } });
    const beforeForbidden = await snapshot(c.id);
    const forbidden = await changeStatus(c.id, { status: 'waiting-on-parts', version: rejected.body.version }, await customer());
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('INTAKE.CUSTOMER_ACTION_FORBIDDEN');
    expect(await snapshot(c.id)).toEqual(beforeForbidden);
  });

  it('auto-closes resolved cases once the timeout passes, each exactly once with two replicas sweeping at once (R-IN-7)', async () => {
    later(30 * DAY); // after every other resolved case of this file
    const due = await Promise.all(Array.from({ length: 12 }, () => caseIn('resolved')));
    later(32 * DAY);
    const notYet = await caseIn('resolved');

    // A minute before the timeout: the earlier tests' resolved cases close, these twelve wait for the customer.
    later(37 * DAY - 60_000);
    await t.app.get(AutoCloseJob).sweep();
    for (const c of due) expect((await getCase(c.id)).status).toBe('resolved');

    later(37 * DAY + 60_000);
    const swept = await Promise.all([t.app.get(AutoCloseJob).sweep(), replica.get(AutoCloseJob).sweep(), t.app.get(AutoCloseJob).sweep()]);
    expect(swept.reduce((a, b) => a + b, 0)).toBe(due.length);
    for (const c of due) {
      const view = await getCase(c.id);
      expect(view).toMatchObject({ status: 'closed', closedAt: expect.any(String), version: c.version + 1 });
      expect((await activity(c.id)).filter((a) => a.kind === 'auto-closed')).toEqual([
        expect.objectContaining({ actor: 'system:intake', detail: expect.objectContaining({ confirmation: 'confirmation-timeout', autoCloseDays: 7 }) }),
      ]);
      expect(await outboxFor(c.id, CaseClosedV1.subject)).toEqual([expect.objectContaining({ confirmation: 'confirmation-timeout' })]);
    }
    expect((await getCase(notYet.id)).status).toBe('resolved');
    expect(await Promise.all([t.app.get(AutoCloseJob).sweep(), replica.get(AutoCloseJob).sweep()])).toEqual([0, 0]);

    await events.waitFor((e) => e.type === CaseClosedV1.subject && e.subject === due.at(-1)?.id);
    for (const c of due) await events.waitFor((e) => e.type === CaseClosedV1.subject && e.subject === c.id);
    const published = events.all().filter((e) => e.type === CaseClosedV1.subject && due.some((c) => c.id === e.subject));
    expect(published).toHaveLength(due.length);
  });

  it('leaves a case that fails to close for the next sweep without holding up the others', async () => {
    later(60 * DAY);
    const [poisoned, a, b] = [await caseIn('resolved'), await caseIn('resolved'), await caseIn('resolved')];
    // A real failure inside the closing transaction, for one case only.
    await t.dataSource.query(`CREATE FUNCTION refuse_close() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await t.dataSource.query(`CREATE TRIGGER refuse_close BEFORE UPDATE ON cases FOR EACH ROW WHEN (OLD.id = '${poisoned.id}' AND NEW.status = 'closed') EXECUTE FUNCTION refuse_close()`);
    later(67 * DAY + 60_000);
    try {
      await t.app.get(AutoCloseJob).sweep();
      expect((await getCase(a.id)).status).toBe('closed');
      expect((await getCase(b.id)).status).toBe('closed');
      expect((await getCase(poisoned.id)).status).toBe('resolved');
      expect(await outboxFor(poisoned.id, CaseClosedV1.subject)).toEqual([]);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_close ON cases; DROP FUNCTION refuse_close()`);
    }
    expect(await t.app.get(AutoCloseJob).sweep()).toBe(1);
    expect((await getCase(poisoned.id)).status).toBe('closed');
  });

  it('changes the priority with a reason, logged with actor and time, with its event; refuses bad changes with nothing changed (R-IN-5)', async () => {
    const c = await openCase({ priority: 'P3' });
    const staff = await t.token('manager', { sub: 'manager-1' });
    const res = await http('POST', `/v1/cases/${c.id}/priority`, staff, { priority: 'P1', reason: 'Production line down', version: c.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ priority: 'P1', version: c.version + 1 });
    expect((await activity(c.id)).at(-1)).toMatchObject({ kind: 'priority-changed', actor: 'user:manager-1', at: expect.any(String), detail: { from: 'P3', to: 'P1', reason: 'Production line down' } });
    expect(await outboxFor(c.id, CasePriorityChangedV1.subject)).toEqual([expect.objectContaining({ from: 'P3', to: 'P1', changedBy: 'user:manager-1' })]);

    const before = await snapshot(c.id);
    for (const [body, status, code] of [
      [{ priority: 'P1', reason: 'again', version: c.version + 1 }, 422, 'INTAKE.PRIORITY_UNCHANGED'],
      [{ priority: 'P2', version: c.version + 1 }, 400, undefined],
      [{ priority: 'P9', reason: 'x', version: c.version + 1 }, 400, undefined],
      [{ priority: 'P2', reason: 'stale', version: c.version }, 409, 'INTAKE.VERSION_CONFLICT'],
    ] as const) {
      const refused = await http('POST', `/v1/cases/${c.id}/priority`, staff, body);
      expect(refused.status).toBe(status);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (code) expect(refused.body.code).toBe(code);
    }
    const customerTry = await http('POST', `/v1/cases/${c.id}/priority`, await customer(), { priority: 'P4', reason: 'meh', version: c.version + 1 });
    expect(customerTry.status).toBe(403);
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('assigns a case and lets any engineer take it over, each logged (internal) with actor and time (R-IN-6)', async () => {
    const c = await openCase();
    const assigned = await http('POST', `/v1/cases/${c.id}/assignment`, await agent(), { assigneeId: 'eng-1', version: c.version });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assigneeId: 'eng-1', assignedAt: expect.any(String) });
    const [first, second] = await Promise.all([
      http('POST', `/v1/cases/${c.id}/takeover`, await t.token('engineer', { sub: 'eng-2' }), { version: assigned.body.version, reason: 'I know this fault' }),
      http('POST', `/v1/cases/${c.id}/takeover`, await t.token('expert', { sub: 'expert-3' }), { version: assigned.body.version }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? 'eng-2' : 'expert-3';
    expect((await getCase(c.id)).assigneeId).toBe(winner);
    const log = (await activity(c.id)).filter((a) => a.kind === 'case-assigned' || a.kind === 'case-taken-over');
    expect(log).toEqual([
      expect.objectContaining({ kind: 'case-assigned', actor: 'user:agent-1', visibility: 'internal', detail: { assigneeId: 'eng-1', assigneeName: null, previousAssigneeId: null } }),
      expect.objectContaining({ kind: 'case-taken-over', actor: `user:${winner}`, visibility: 'internal', detail: expect.objectContaining({ assigneeId: winner, previousAssigneeId: 'eng-1' }) }),
    ]);
    expect(await outboxFor(c.id, CaseAssignedV1.subject)).toEqual([
      expect.objectContaining({ assigneeId: 'eng-1', takeover: false }),
      expect.objectContaining({ assigneeId: winner, previousAssigneeId: 'eng-1', takeover: true }),
    ]);
    // An agent is not an engineer: no takeover; the customer never sees who works the case in the log.
    const version = (await getCase(c.id)).version;
    expect((await http('POST', `/v1/cases/${c.id}/takeover`, await agent(), { version })).status).toBe(403);
    const customerSees = (await activity(c.id, await customer())).map((a) => a.kind);
    expect(customerSees).toEqual(['case-opened']);
  });

  it('keeps internal notes from the customer, shows public and customer notes, and answers 404 for another customer’s case (R-IN-8)', async () => {
    const c = await openCase();
    const engineer = await t.token('engineer', { sub: 'eng-1' });
    const internal = await http('POST', `/v1/cases/${c.id}/notes`, engineer, { text: 'Customer overloaded the PSU; warranty may not apply' });
    expect(internal.status).toBe(201);
    expect(internal.body).toMatchObject({ kind: 'internal-note', visibility: 'internal', actor: 'user:eng-1' });
    expect((await http('POST', `/v1/cases/${c.id}/notes`, engineer, { text: 'Please send a photo of the label', visibility: 'public' })).status).toBe(201);
    const fromCustomer = await http('POST', `/v1/cases/${c.id}/notes`, await customer(), { text: '照片已上传 (photo uploaded)' });
    expect(fromCustomer.status).toBe(201);
    expect(fromCustomer.body).toMatchObject({ kind: 'customer-note', visibility: 'public', actor: 'user:customer-1' });

    const seen = await activity(c.id, await customer());
    expect(seen.map((a) => a.kind)).toEqual(['case-opened', 'public-note', 'customer-note']);
    expect(JSON.stringify(seen)).not.toContain('overloaded');
    expect((await activity(c.id)).map((a) => a.kind)).toEqual(['case-opened', 'internal-note', 'public-note', 'customer-note']);

    // A retried note with the same Idempotency-Key is the first note, not a second one.
    const retryKey = randomUUID();
    const postOnce = () => t.inject('POST', `/v1/cases/${c.id}/notes`, { token: engineer, body: { text: 'Called the customer' }, headers: { 'idempotency-key': retryKey } });
    const firstTry = await postOnce();
    const afterFirst = await snapshot(c.id);
    const retry = await postOnce();
    expect([firstTry.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.json().id).toBe(firstTry.json().id);
    expect(await snapshot(c.id)).toEqual(afterFirst);

    const before = await snapshot(c.id);
    const internalByCustomer = await http('POST', `/v1/cases/${c.id}/notes`, await customer(), { text: 'secret', visibility: 'internal' });
    expect(internalByCustomer.status).toBe(403);
    const other = await stranger();
    for (const res of [
      await http('GET', `/v1/cases/${c.id}`, other),
      await http('GET', `/v1/cases/${c.id}/activity`, other),
      await http('POST', `/v1/cases/${c.id}/notes`, other, { text: 'hello' }),
      await changeStatus(c.id, { status: 'closed', version: c.version }, other),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.type).toBe('urn:aftersales:problem:intake-case-not-found');
    }
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('refuses bad input on every new endpoint with a 4xx problem+json and changes nothing', async () => {
    const c = await openCase();
    const auth = await agent();
    const cases: [string, string, string | null, unknown, string | undefined, number, string][] = [
      ['status: malformed JSON', `/v1/cases/${c.id}/status`, auth, undefined, '{"status":', 400, 'malformed-json'],
      ['status: unknown status', `/v1/cases/${c.id}/status`, auth, { status: 'done', version: 1 }, undefined, 400, 'validation'],
      ['status: no version', `/v1/cases/${c.id}/status`, auth, { status: 'acknowledged' }, undefined, 400, 'validation'],
      ['status: version of the wrong type', `/v1/cases/${c.id}/status`, auth, { status: 'acknowledged', version: '1' }, undefined, 400, 'validation'],
      ['status: an unknown field', `/v1/cases/${c.id}/status`, auth, { status: 'acknowledged', version: 1, force: true }, undefined, 400, 'validation'],
      ['status: resolve without a resolution', `/v1/cases/${c.id}/status`, auth, { status: 'resolved', version: 1 }, undefined, 400, 'validation'],
      ['status: a resolution when not resolving', `/v1/cases/${c.id}/status`, auth, { status: 'acknowledged', version: 1, resolution: 'x' }, undefined, 400, 'validation'],
      ['status: a stale version', `/v1/cases/${c.id}/status`, auth, { status: 'acknowledged', version: 7 }, undefined, 409, 'intake-version-conflict'],
      ['status: not a case id', `/v1/cases/not-a-uuid/status`, auth, { status: 'acknowledged', version: 1 }, undefined, 400, 'bad-request'],
      ['status: an unknown case', `/v1/cases/${randomUUID()}/status`, auth, { status: 'acknowledged', version: 1 }, undefined, 404, 'intake-case-not-found'],
      ['status: no token', `/v1/cases/${c.id}/status`, null, { status: 'acknowledged', version: 1 }, undefined, 401, 'unauthenticated'],
      ['status: a role without access', `/v1/cases/${c.id}/status`, await t.token('integrator'), { status: 'acknowledged', version: 1 }, undefined, 403, 'forbidden'],
      ['priority: an empty reason', `/v1/cases/${c.id}/priority`, auth, { priority: 'P1', reason: '  ', version: 1 }, undefined, 400, 'validation'],
      ['assignment: an empty assignee', `/v1/cases/${c.id}/assignment`, auth, { assigneeId: '', version: 1 }, undefined, 400, 'validation'],
      ['assignment: a malformed assignee', `/v1/cases/${c.id}/assignment`, auth, { assigneeId: 'a b<script>', version: 1 }, undefined, 400, 'validation'],
      ['takeover: no version', `/v1/cases/${c.id}/takeover`, await t.token('engineer', { sub: 'eng-1' }), {}, undefined, 400, 'validation'],
      ['notes: an empty text', `/v1/cases/${c.id}/notes`, auth, { text: '' }, undefined, 400, 'validation'],
      ['notes: an unknown visibility', `/v1/cases/${c.id}/notes`, auth, { text: 'x', visibility: 'secret' }, undefined, 400, 'validation'],
      ['close: a stale version', `/v1/cases/${c.id}/close`, auth, { confirmation: 'customer-confirmed', version: 9 }, undefined, 409, 'intake-version-conflict'],
    ];
    for (const [what, url, tok, body, raw, status, type] of cases) {
      const before = await snapshot(c.id);
      const res = await http('POST', url, tok, body, raw);
      expect({ what, status: res.status, type: res.body.type }).toEqual({ what, status, type: `urn:aftersales:problem:${type}` });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await snapshot(c.id)).toEqual(before);
    }
  });
});
