/**
 * Issue #13, revisits 回访 (R-SV-2) on real PostgreSQL and NATS with the manual clock: a plan after service by
 * category and periodic plans for contracts learnt from warranty's events, each revisit a task due on a working day
 * of the business calendar (mainland China holidays and 调休 days), its outcome recorded, unreached customers retried
 * as the plan says, and a fault found opening a case through revisit.fault-reported.
 */
import { randomUUID } from 'node:crypto';
import { CaseClosedV1, CaseClosedV1Data, CaseOpenedV1 } from '@aftersales/contracts-intake';
import { RevisitAttemptedV1, RevisitCompletedV1, RevisitFaultReportedV1, RevisitPlanPublishedV1, RevisitScheduledV1 } from '@aftersales/contracts-surveys';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

const sh = (local: string) => new Date(`${local}+08:00`);

interface Revisit {
  id: string;
  planCode: string;
  kind: string;
  plannedOn: string;
  dueOn: string;
  status: string;
  attempts: number;
  contractId: string | null;
  caseId: string | null;
}

describe('revisits (回访): plans, working-day due dates, outcomes and retries (R-SV-2)', () => {
  const clock = new ManualClock(sh('2026-09-18T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;

  const closure = (closedAt: string, over: Partial<CaseClosedV1Data> = {}): CaseClosedV1Data => ({
    caseId: randomUUID(),
    caseNumber: `CS-20260918-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    customerId: randomUUID(),
    productModel: 'PX-2000',
    category: 'fault-hardware',
    closedAt: sh(closedAt).toISOString(),
    confirmation: 'customer-confirmed',
    ...over,
  });
  const close = (data: CaseClosedV1Data) => t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 5, data });
  const revisitsWhere = async (query: string) => (await t.http('GET', `/v1/revisits?${query}`, { as: 'agent' })).body.items as Revisit[];
  const revisitOf = (query: string) => waitFor(async () => (await revisitsWhere(query))[0], { what: `a revisit for ${query}` });
  const outcome = (id: string, body: unknown, sub = 'agent-wang') => t.http('POST', `/v1/revisits/${id}/outcome`, { as: 'agent', claims: { sub }, body });
  const counts = async () => {
    const [row] = await t.query(
      `SELECT (SELECT count(*) FROM revisits)::int AS revisits, (SELECT count(*) FROM revisit_plans)::int AS plans,
              (SELECT count(*) FROM messaging_outbox)::int AS events, (SELECT sum(version) FROM revisits)::int AS versions`,
    );
    return row as Record<string, number>;
  };
  /** A case under contract: intake's case.opened and warranty's decision naming the contract. */
  const contractCase = async (slaPlanCode: string) => {
    const caseId = randomUUID();
    const customerId = randomUUID();
    const contractId = randomUUID();
    await t.publish(CaseOpenedV1, { aggregateId: caseId, sequence: 1, data: { ...CaseOpenedV1.example, caseId, customerId, serialNumber: `SN-${contractId.slice(0, 8)}`, openedAt: clock.now().toISOString() } });
    await t.publish(EntitlementDeterminedV1, { aggregateId: randomUUID(), sequence: 1, data: { ...EntitlementDeterminedV1.example, decisionId: randomUUID(), caseId, contractId, slaPlanCode, serialNumber: `SN-${contractId.slice(0, 8)}` } });
    return { caseId, customerId, contractId };
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: surveysService, appModule: AppModule, clock, env: { TIMERS_POLL_INTERVAL_MS: '3600000' }, streams: ['intake', 'warranty'] });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('plans a revisit 7 days after a repair; one falling on the Mid-Autumn holiday and its weekend is due the Monday after', async () => {
    // Closed Friday 2026-09-18: seven days on is Friday 2026-09-25, 中秋节, and 26-27 are holidays too.
    const data = closure('2026-09-18T10:00:00');
    await close(data);
    const revisit = await revisitOf(`caseId=${data.caseId}`);
    expect(revisit).toMatchObject({ planCode: 'after-repair', kind: 'after-service', plannedOn: '2026-09-25', dueOn: '2026-09-28', status: 'scheduled', attempts: 0 });
    const scheduled = await events.waitFor((e) => e.type === RevisitScheduledV1.subject && e.subject === revisit.id);
    expect(scheduled.data).toMatchObject({ revisitId: revisit.id, caseId: data.caseId, customerId: data.customerId, dueOn: '2026-09-28', contractId: null });
    // The same closure again plans nothing more.
    await close(data);
    const sentinel = closure('2026-09-18T11:00:00');
    await close(sentinel);
    await revisitOf(`caseId=${sentinel.caseId}`);
    expect(await revisitsWhere(`caseId=${data.caseId}`)).toHaveLength(1);
  });

  it('a due date on a 调休 Saturday stays there; one on a Sunday moves to Monday; a consultation gets no revisit', async () => {
    // Closed on National Day 2026-10-03: seven days on is Saturday 2026-10-10, a make-up working day.
    const makeUp = closure('2026-10-03T09:00:00', { category: 'fault-software' });
    await close(makeUp);
    expect(await revisitOf(`caseId=${makeUp.caseId}`)).toMatchObject({ plannedOn: '2026-10-10', dueOn: '2026-10-10' });

    // A plan of its own for installations, six days after: Monday 2026-11-16 gives Sunday 2026-11-22.
    const plan = { kind: 'after-service', categories: ['installation'], afterDays: 6, maxAttempts: 2, retryAfterWorkingDays: 2, active: true };
    const put = await t.http('PUT', '/v1/revisit-plans/after-installation', { as: 'admin', body: plan });
    expect(put).toMatchObject({ status: 201, body: { code: 'after-installation', version: 1 } });
    expect((await t.http('PUT', '/v1/revisit-plans/after-installation', { as: 'admin', body: plan })).status).toBe(200);
    const published = await events.waitFor((e) => e.type === RevisitPlanPublishedV1.subject && e.subject === 'revisit-plan:after-installation');
    expect(published.data).toMatchObject({ code: 'after-installation', version: 1, kind: 'after-service', active: true });
    const installed = closure('2026-11-16T15:00:00', { category: 'installation' });
    await close(installed);
    expect(await revisitOf(`caseId=${installed.caseId}`)).toMatchObject({ planCode: 'after-installation', plannedOn: '2026-11-22', dueOn: '2026-11-23' });

    const consultation = closure('2026-11-16T15:00:00', { category: 'consultation' });
    await close(consultation);
    const sentinel = closure('2026-11-16T16:00:00');
    await close(sentinel);
    await revisitOf(`caseId=${sentinel.caseId}`);
    expect(await revisitsWhere(`caseId=${consultation.caseId}`)).toEqual([]);
  });

  it('retries an unreached customer on the next working day as the plan says, then gives up after three attempts', async () => {
    const data = closure('2026-09-23T10:00:00');
    await close(data);
    const revisit = await revisitOf(`caseId=${data.caseId}`);
    expect(revisit.dueOn).toBe('2026-09-30');
    // Wednesday 2026-09-30: not reached; the next working day after National Day week is Thursday 2026-10-08.
    clock.set(sh('2026-09-30T10:00:00'));
    const first = await outcome(revisit.id, { reached: false });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'scheduled', attempts: 1, dueOn: '2026-10-08' });
    clock.set(sh('2026-10-08T10:00:00'));
    expect((await outcome(revisit.id, { reached: false })).body).toMatchObject({ status: 'scheduled', attempts: 2, dueOn: '2026-10-09' });
    clock.set(sh('2026-10-09T10:00:00'));
    expect((await outcome(revisit.id, { reached: false })).body).toMatchObject({ status: 'unreachable', attempts: 3, dueOn: '2026-10-09', completedBy: 'user:agent-wang' });
    await events.waitFor((e) => e.type === RevisitAttemptedV1.subject && e.subject === revisit.id && (e.data as { attempt: number }).attempt === 3);
    expect(events.all().filter((e) => e.type === RevisitAttemptedV1.subject && e.subject === revisit.id).map((e) => e.data)).toEqual([
      expect.objectContaining({ attempt: 1, retryOn: '2026-10-08', status: 'scheduled' }),
      expect.objectContaining({ attempt: 2, retryOn: '2026-10-09', status: 'scheduled' }),
      expect.objectContaining({ attempt: 3, retryOn: null, status: 'unreachable' }),
    ]);
    const before = await counts();
    expect((await outcome(revisit.id, { reached: true })).body).toMatchObject({ status: 409, code: 'SURVEYS.REVISIT_CLOSED' });
    expect(await counts()).toEqual(before);
  });

  it('records the outcome of a reached customer; a fault found is reported for intake to open a case', async () => {
    const data = closure('2026-11-02T10:00:00');
    await close(data);
    const revisit = await revisitOf(`caseId=${data.caseId}`);
    clock.set(sh('2026-11-09T11:00:00'));
    const done = await outcome(revisit.id, {
      reached: true,
      findings: ' 打印正常，碳粉灯闪烁 ',
      satisfaction: 4,
      newProblems: [
        { description: 'Toner light flickers', fault: true },
        { description: 'Wants a training session', fault: false },
      ],
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', attempts: 1, findings: '打印正常，碳粉灯闪烁', satisfaction: 4, completedAt: sh('2026-11-09T11:00:00').toISOString() });
    const completed = await events.waitFor((e) => e.type === RevisitCompletedV1.subject && e.subject === revisit.id);
    expect(completed.data).toMatchObject({ satisfaction: 4, newProblems: [{ description: 'Toner light flickers', fault: true }, { description: 'Wants a training session', fault: false }] });
    const fault = await events.waitFor((e) => e.type === RevisitFaultReportedV1.subject && e.subject === revisit.id);
    expect(fault.data).toEqual({
      faultId: done.body.newProblems[0].faultId,
      revisitId: revisit.id,
      customerId: data.customerId,
      caseId: data.caseId,
      productModel: 'PX-2000',
      serialNumber: null,
      description: 'Toner light flickers',
      reportedBy: 'user:agent-wang',
      reportedAt: sh('2026-11-09T11:00:00').toISOString(),
    });
    expect(events.all().filter((e) => e.type === RevisitFaultReportedV1.subject && e.subject === revisit.id)).toHaveLength(1);
  });

  it('plans periodic revisits for contracts learnt from warranty: quarterly by default, monthly where the plan says, the next after each', async () => {
    clock.set(sh('2026-07-01T10:00:00'));
    const quarterly = await contractCase('standard-5x8');
    // Three months from 2026-07-01 is 2026-10-01, National Day: due the first working day after the holiday.
    const first = await revisitOf(`contractId=${quarterly.contractId}`);
    expect(first).toMatchObject({ planCode: 'contract-quarterly', kind: 'contract-periodic', plannedOn: '2026-10-01', dueOn: '2026-10-08', caseId: null });

    const monthly = { kind: 'contract-periodic', slaPlanCodes: ['premium-7x24'], every: 'monthly', maxAttempts: 2, retryAfterWorkingDays: 1, active: true };
    expect((await t.http('PUT', '/v1/revisit-plans/premium-monthly', { as: 'admin', body: monthly })).status).toBe(201);
    clock.set(sh('2026-08-20T10:00:00'));
    const premium = await contractCase('premium-7x24');
    // 2026-09-20 is a Sunday, and a 调休 working day.
    const next = await revisitOf(`contractId=${premium.contractId}`);
    expect(next).toMatchObject({ planCode: 'premium-monthly', plannedOn: '2026-09-20', dueOn: '2026-09-20' });

    clock.set(sh('2026-09-20T10:00:00'));
    expect((await outcome(next.id, { reached: true, satisfaction: 5 })).body.status).toBe('completed');
    const after = (await revisitsWhere(`contractId=${premium.contractId}`)).map((r) => [r.plannedOn, r.dueOn, r.status]);
    // One month after the planned date 2026-09-20: 2026-10-20, a Tuesday.
    expect(after).toEqual([
      ['2026-10-20', '2026-10-20', 'scheduled'],
      ['2026-09-20', '2026-09-20', 'completed'],
    ]);
  });

  it('refuses bad input with a problem+json 4xx, changing nothing', async () => {
    const data = closure('2026-11-02T12:00:00');
    await close(data);
    const revisit = await revisitOf(`caseId=${data.caseId}`);
    // The survey of the same closure is another consumer's work: once it is there too, nothing else is on its way.
    await waitFor(async () => ((await t.query(`SELECT 1 FROM surveys WHERE case_id = $1`, [data.caseId])).length > 0 ? true : undefined), { what: 'the survey of the closure' });
    const before = await counts();
    const bad: [string, string, string, unknown, number, string][] = [
      ['an unknown revisit', 'POST', `/v1/revisits/${randomUUID()}/outcome`, { reached: true }, 404, 'surveys-revisit-not-found'],
      ['a revisit id that is not a uuid', 'POST', '/v1/revisits/nope/outcome', { reached: true }, 400, 'bad-request'],
      ['no reached', 'POST', `/v1/revisits/${revisit.id}/outcome`, { findings: 'x' }, 400, 'validation'],
      ['a satisfaction of 6', 'POST', `/v1/revisits/${revisit.id}/outcome`, { reached: true, satisfaction: 6 }, 400, 'validation'],
      ['a problem without a description', 'POST', `/v1/revisits/${revisit.id}/outcome`, { reached: true, newProblems: [{ description: '', fault: true }] }, 400, 'validation'],
      ['a plan with the other kind’s fields', 'PUT', '/v1/revisit-plans/x', { kind: 'after-service', categories: null, afterDays: 3, every: 'monthly', maxAttempts: 1, retryAfterWorkingDays: 1, active: true }, 400, 'validation'],
      ['a plan without its period', 'PUT', '/v1/revisit-plans/x', { kind: 'contract-periodic', slaPlanCodes: null, maxAttempts: 1, retryAfterWorkingDays: 1, active: true }, 400, 'validation'],
      ['a plan of no attempts', 'PUT', '/v1/revisit-plans/x', { kind: 'after-service', categories: null, afterDays: 3, maxAttempts: 0, retryAfterWorkingDays: 1, active: true }, 400, 'validation'],
      ['an unknown category', 'PUT', '/v1/revisit-plans/x', { kind: 'after-service', categories: ['gardening'], afterDays: 3, maxAttempts: 1, retryAfterWorkingDays: 1, active: true }, 400, 'validation'],
    ];
    for (const [what, method, url, body, status, type] of bad) {
      const res = await t.http(method as 'POST' | 'PUT', url, { as: 'admin', body });
      expect({ what, status: res.status, type: res.body.type, ct: res.headers['content-type'] }).toEqual({ what, status, type: `urn:aftersales:problem:${type}`, ct: expect.stringMatching(/^application\/problem\+json/) });
    }
    expect((await t.http('POST', `/v1/revisits/${revisit.id}/outcome`, { as: 'engineer', body: { reached: true } })).status).toBe(403);
    expect((await t.http('PUT', '/v1/revisit-plans/x', { as: 'agent', body: { kind: 'after-service', categories: null, afterDays: 3, maxAttempts: 1, retryAfterWorkingDays: 1, active: true } })).status).toBe(403);
    expect((await t.http('GET', '/v1/revisits?dueBy=tomorrow', { as: 'agent' })).status).toBe(400);
    expect((await t.http('GET', '/v1/revisits?status=lost', { as: 'agent' })).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', `/v1/revisits?caseId=${data.caseId}`, { as: 'agent' })).body.items[0]).toMatchObject({ status: 'scheduled', attempts: 0, version: 1 });
  });
});
