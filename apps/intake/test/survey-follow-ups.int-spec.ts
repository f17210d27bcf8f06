/**
 * Issue #13: what intake does with surveys' follow-ups, played over JetStream with the manual clock. A low survey
 * score asking to reopen reopens a closed case within the reopen window (R-SV-3, R-IN-7) and is only logged outside
 * it; a fault found on a revisit opens one new case, with the unit and contact of the case the revisit followed (R-SV-2).
 */
import { v7 as uuidv7 } from 'uuid';
import { CaseOpenedV1, CaseStatusChangedV1 } from '@aftersales/contracts-intake';
import { CaseReopenRequestedV1, CaseReopenRequestedV1Data, RevisitFaultReportedV1, RevisitFaultReportedV1Data } from '@aftersales/contracts-surveys';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { openPrinterCase, registerCompanyOverApi, staffHttp } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake: survey follow-ups (R-SV-2, R-SV-3)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let customerId: string;
  const http = staffHttp(() => t);

  const closedCase = async () => {
    const c = await openPrinterCase(t, customerId, 'P3');
    const resolved = await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'resolved', version: c.version, resolution: 'Replaced the print head' });
    const closed = await http('POST', `/v1/cases/${c.id}/status`, 'agent', { status: 'closed', version: resolved.body.version });
    expect(closed.body.status).toBe('closed');
    return closed.body as { id: string; caseNumber: string; serialNumber: string };
  };
  const reopenRequest = (caseId: string): CaseReopenRequestedV1Data => ({
    surveyId: uuidv7(),
    responseId: uuidv7(),
    caseId,
    customerId,
    questionId: 'fixed',
    score: 0,
    reason: 'Survey: the customer says the problem is not fixed',
    requestedAt: clock.now().toISOString(),
  });
  const activity = async (id: string) => (await http('GET', `/v1/cases/${id}/activity`, 'agent')).body.items as { kind: string; detail: Record<string, unknown> }[];

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: intakeService,
      appModule: AppModule,
      clock,
      streams: ['warranty', 'dispatch', 'surveys'],
      env: { TIMERS_POLL_INTERVAL_MS: '3600000', CASE_REOPEN_WINDOW_DAYS: '7', CASE_AUTO_CLOSE_SWEEP_INTERVAL_MS: '3600000' },
      label: 'intake-survey-follow-ups',
    });
    events = await t.events();
    customerId = await registerCompanyOverApi(t);
  });
  afterAll(() => t?.close());

  it('reopens a closed case when a survey asks within the reopen window, and only logs a request after it', async () => {
    const within = await closedCase();
    const request = reopenRequest(within.id);
    await t.publish(CaseReopenRequestedV1, { aggregateId: request.surveyId, sequence: 3, data: request });
    const changed = await events.waitFor((e) => e.type === CaseStatusChangedV1.subject && e.subject === within.id && (e.data as { to: string }).to === 'reopened');
    expect(changed.data).toMatchObject({ from: 'closed', to: 'reopened', action: 'case-reopened', reason: request.reason, changedBy: 'system:surveys' });
    expect((await http('GET', `/v1/cases/${within.id}`, 'agent')).body).toMatchObject({ status: 'reopened', closedAt: null });

    const late = await closedCase();
    clock.set(sh('2026-12-01T10:00:00'));
    const lateRequest = reopenRequest(late.id);
    await t.publish(CaseReopenRequestedV1, { aggregateId: lateRequest.surveyId, sequence: 3, data: lateRequest });
    const refused = await waitFor(async () => (await activity(late.id)).find((a) => a.kind === 'survey-reopen-refused'), { what: 'the refused reopen in the log' });
    expect(refused.detail).toMatchObject({ surveyId: lateRequest.surveyId, code: 'INTAKE.REOPEN_WINDOW_PASSED' });
    expect((await http('GET', `/v1/cases/${late.id}`, 'agent')).body.status).toBe('closed');
    clock.set(sh('2026-11-23T10:00:00'));
  });

  it('opens one case for a fault found on a revisit, with the earlier case’s unit and contact, however often it is delivered', async () => {
    const earlier = await closedCase();
    const fault: RevisitFaultReportedV1Data = {
      faultId: uuidv7(),
      revisitId: uuidv7(),
      customerId,
      caseId: earlier.id,
      productModel: null,
      serialNumber: null,
      description: 'Toner light flickers',
      reportedBy: 'user:agent-wang',
      reportedAt: clock.now().toISOString(),
    };
    await t.publish(RevisitFaultReportedV1, { aggregateId: fault.revisitId, sequence: 2, data: fault });
    await t.publish(RevisitFaultReportedV1, { aggregateId: fault.revisitId, sequence: 2, data: fault });
    const opened = await events.waitFor((e) => e.type === CaseOpenedV1.subject && (e.data as { symptoms: string }).symptoms.includes(fault.revisitId));
    expect(opened.data).toMatchObject({
      channel: 'hotline',
      customerId,
      productModel: 'PX-2000',
      serialNumber: earlier.serialNumber,
      category: 'fault-hardware',
      priority: 'P3',
      symptoms: `Toner light flickers (found on revisit ${fault.revisitId} after case ${earlier.caseNumber})`,
    });
    const created = (await http('GET', `/v1/cases/${opened.subject}`, 'agent')).body;
    expect(created.contact).toEqual({ name: 'Li Lei', phone: '+86 21 5555 0199' });
    expect((await activity(opened.subject)).map((a) => a.kind)).toEqual(expect.arrayContaining(['case-opened', 'opened-from-revisit']));

    // A later fault is handled after the copy: once it has its case, the copy was handled too.
    const sentinel = { ...fault, faultId: uuidv7(), revisitId: uuidv7(), description: 'Paper tray cracked' };
    await t.publish(RevisitFaultReportedV1, { aggregateId: sentinel.revisitId, sequence: 2, data: sentinel });
    await events.waitFor((e) => e.type === CaseOpenedV1.subject && (e.data as { symptoms: string }).symptoms.includes(sentinel.revisitId));
    expect(await t.count(`SELECT count(*)::int AS n FROM cases WHERE symptoms LIKE $1`, [`%${fault.revisitId}%`])).toBe(1);
  });
});
