/**
 * Issue #13, surveys (R-SV-1, R-SV-3) on real PostgreSQL and NATS with the manual clock: one survey per case across a
 * reopen, the invitation event with a signed single-use expiring link, answering by the link without logging in,
 * forged/replayed/expired links refused, reminder and expiry once across a restart and two replicas, the template
 * chosen by case facts, and low scores followed up by the template's configuration (complaint, reopen, call-back).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { CaseClosedV1, CaseClosedV1Data, CaseOpenedV1 } from '@aftersales/contracts-intake';
import {
  CallBackCreatedV1,
  CaseReopenRequestedV1,
  ResponseReceivedV1,
  SurveyExpiredV1,
  SurveyRemindedV1,
  SurveySentV1,
  SurveySentV1Data,
  TemplatePublishedV1,
} from '@aftersales/contracts-surveys';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { createServiceApp } from '@aftersales/platform-service-defaults';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

const sh = (local: string) => new Date(`${local}+08:00`);
const SECRET = 'survey-links-test-secret-0123456789abcdef';

describe('surveys: invitations, links, reminders, expiry and follow-ups (R-SV-1, R-SV-3)', () => {
  const clock = new ManualClock(sh('2026-11-23T16:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;

  const closure = (over: Partial<CaseClosedV1Data> = {}): CaseClosedV1Data => ({
    caseId: randomUUID(),
    caseNumber: `CS-20261123-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    customerId: randomUUID(),
    productModel: 'PX-2000',
    category: 'fault-hardware',
    closedAt: clock.now().toISOString(),
    confirmation: 'customer-confirmed',
    ...over,
  });
  const close = (data: CaseClosedV1Data) => t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 5, data });
  const invitation = async (caseId: string) => (await events.waitFor((e) => e.type === SurveySentV1.subject && (e.data as SurveySentV1Data).caseId === caseId)).data as SurveySentV1Data;
  const tokenOf = (link: string) => new URL(link).searchParams.get('t') as string;
  const outboxOf = async (type: string, surveyId: string) => t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->>'subject' = $2`, [type, surveyId]);
  const counts = async () => {
    const [row] = await t.query(
      `SELECT (SELECT count(*) FROM surveys)::int AS surveys, (SELECT count(*) FROM survey_responses)::int AS responses,
              (SELECT count(*) FROM survey_templates)::int AS templates, (SELECT count(*) FROM survey_call_backs)::int AS callbacks,
              (SELECT count(*) FROM messaging_outbox)::int AS events`,
    );
    return row as Record<string, number>;
  };
  const answer = (token: string, answers: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.http('POST', '/v1/survey-links/answers', { token: null, body: { token, answers }, headers });

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: surveysService,
      appModule: AppModule,
      clock,
      env: { TIMERS_POLL_INTERVAL_MS: '3600000', SURVEY_LINK_SECRET: SECRET, SURVEY_LINK_BASE_URL: 'https://portal.example.com/survey' },
      streams: ['intake', 'warranty'],
    });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('sends one invitation per case: a case reopened and closed again gets no second survey', async () => {
    const data = closure();
    await close(data);
    const sent = await invitation(data.caseId);
    expect(sent).toEqual({
      surveyId: expect.any(String),
      caseId: data.caseId,
      caseNumber: data.caseNumber,
      recipient: { customerId: data.customerId, contactId: null, preferredChannel: null, address: null },
      templateCode: 'post-case',
      templateVersion: 1,
      title: '服务满意度调查',
      language: 'zh-CN',
      link: expect.stringMatching(/^https:\/\/portal\.example\.com\/survey\?t=[\w-]+\.[\w-]+\.[\w-]+$/),
      sentAt: sh('2026-11-23T16:00:00').toISOString(),
      remindAt: sh('2026-11-26T16:00:00').toISOString(),
      expiresAt: sh('2026-11-30T16:00:00').toISOString(),
    });
    // Reopened within intake's window and closed again two days later: the same case, a later closure.
    await close({ ...data, closedAt: sh('2026-11-25T10:00:00').toISOString() });
    const sentinel = closure();
    await close(sentinel);
    await invitation(sentinel.caseId);
    expect(await t.count(`SELECT count(*)::int AS n FROM surveys WHERE case_id = $1`, [data.caseId])).toBe(1);
    expect(events.all().filter((e) => e.type === SurveySentV1.subject && (e.data as SurveySentV1Data).caseId === data.caseId)).toHaveLength(1);
  });

  it('shows the customer their pending survey, opens the link without a login, takes one answer, and refuses the link again', async () => {
    const data = closure();
    await close(data);
    const sent = await invitation(data.caseId);
    const customer = await t.token('customer', { customerId: data.customerId, sub: 'portal-customer' });
    const pending = await t.http('GET', '/v1/surveys/pending', { token: customer });
    expect(pending.status).toBe(200);
    expect(pending.body.items).toEqual([expect.objectContaining({ surveyId: sent.surveyId, caseNumber: data.caseNumber, title: '服务满意度调查', link: sent.link })]);

    const opened = await t.http('POST', '/v1/survey-links/open', { token: null, body: { token: tokenOf(sent.link), language: 'en' } });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ surveyId: sent.surveyId, status: 'sent', language: 'en', title: 'Service satisfaction survey' });
    expect(opened.body.questions.map((q: { id: string; kind: string }) => `${q.id}:${q.kind}`)).toEqual(['overall:csat', 'recommend:nps', 'fixed:yes-no', 'engineer:choice', 'comment:text']);

    const key = randomUUID();
    const answered = await answer(tokenOf(sent.link), { overall: 5, recommend: 9, fixed: true, engineer: 'excellent', comment: ' 很好 ' }, { 'idempotency-key': key });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ surveyId: sent.surveyId, score: 5, comment: '很好', channel: 'online', followUps: [] });
    const received = await events.waitFor((e) => e.type === ResponseReceivedV1.subject && e.subject === sent.surveyId);
    expect(received.data).toMatchObject({ score: 5, followUps: [], answers: expect.arrayContaining([{ questionId: 'recommend', kind: 'nps', value: 9 }]) });

    const before = await counts();
    // The same request retried with its key gets the first answer; the link used again is refused.
    expect(await answer(tokenOf(sent.link), { overall: 5, recommend: 9, fixed: true, engineer: 'excellent', comment: ' 很好 ' }, { 'idempotency-key': key })).toMatchObject({ status: 201, body: answered.body });
    const replay = await answer(tokenOf(sent.link), { overall: 1 });
    expect(replay.status).toBe(409);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.body).toMatchObject({ code: 'SURVEYS.LINK_ALREADY_USED', type: 'urn:aftersales:problem:surveys-link-already-used' });
    expect((await t.http('POST', '/v1/survey-links/open', { token: null, body: { token: tokenOf(sent.link) } })).body.code).toBe('SURVEYS.LINK_ALREADY_USED');
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', '/v1/surveys/pending', { token: customer })).body.items).toEqual([]);
  });

  it('refuses a forged or altered link, and answers that do not fit the survey, changing nothing', async () => {
    const data = closure();
    await close(data);
    const sent = await invitation(data.caseId);
    const token = tokenOf(sent.link);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sent.surveyId)
      .setJti(randomUUID())
      .setAudience('aftersales:survey-link')
      .setExpirationTime(sh('2026-12-30T00:00:00'))
      .sign(new TextEncoder().encode('someone-elses-secret-0123456789abcdef'));
    const [header, payload, signature] = token.split('.');
    const altered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: randomUUID() })).toString('base64url')}.${signature}`;
    const before = await counts();
    for (const bad of [forged, altered, 'eyJhbGciOiJub25lIn0.e30.x']) {
      const res = await answer(bad, { overall: 1 });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'SURVEYS.LINK_INVALID', type: 'urn:aftersales:problem:surveys-link-invalid' });
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ overall: 6 }, 'overall: a whole number from 1 to 5'],
      [{ recommend: 7 }, 'overall: an answer is required'],
      [{ overall: 3, recommend: 11 }, 'recommend: a whole number from 0 to 10'],
      [{ overall: 3, fixed: 'yes' }, 'fixed: true or false'],
      [{ overall: 3, engineer: 'superb' }, 'engineer: one of excellent, good, poor'],
      [{ overall: 3, mood: 'happy' }, 'mood: no such question'],
    ];
    for (const [answers, problem] of cases) {
      const res = await answer(token, answers);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'SURVEYS.ANSWERS_INVALID', problems: [problem] });
    }
    expect((await answer('not-a-token', { overall: 3 })).status).toBe(400);
    expect((await t.http('POST', '/v1/survey-links/answers', { token: null, body: { token } })).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', `/v1/surveys/${sent.surveyId}`, { as: 'agent' })).body).toMatchObject({ status: 'sent', response: null, version: 1 });
  });

  it('reminds after 3 days and expires after 7, each exactly once across a restart and two replicas; the expired link is refused', async () => {
    clock.set(sh('2026-11-23T16:00:00'));
    const data = closure();
    await close(data);
    const sent = await invitation(data.caseId);
    clock.set(sh('2026-11-26T15:59:00'));
    await t.fireAllDueTimers();
    expect(await outboxOf(SurveyRemindedV1.subject, sent.surveyId)).toBe(0);
    clock.set(sh('2026-11-26T16:00:00'));
    await t.restart();
    const replica = await t.startReplica();
    await Promise.all([t.fireDueTimers(t.app), t.fireDueTimers(replica), t.fireDueTimers(t.app), t.fireDueTimers(replica)]);
    const reminded = await events.waitFor((e) => e.type === SurveyRemindedV1.subject && e.subject === sent.surveyId);
    expect(reminded.data).toMatchObject({ surveyId: sent.surveyId, link: sent.link, language: 'zh-CN', remindedAt: sh('2026-11-26T16:00:00').toISOString(), expiresAt: sent.expiresAt });

    // Past the link's time, before the expiry timer ran: the link itself has run out.
    clock.set(sh('2026-11-30T16:00:01'));
    expect((await answer(tokenOf(sent.link), { overall: 4 })).body).toMatchObject({ status: 409, code: 'SURVEYS.LINK_EXPIRED' });
    await t.restart();
    await Promise.all([t.fireDueTimers(t.app), t.fireDueTimers(replica), t.fireDueTimers(t.app), t.fireDueTimers(replica)]);
    await t.fireAllDueTimers();
    const expired = await events.waitFor((e) => e.type === SurveyExpiredV1.subject && e.subject === sent.surveyId);
    expect(expired.data).toEqual({ surveyId: sent.surveyId, caseId: data.caseId, customerId: data.customerId, expiredAt: sh('2026-11-30T16:00:01').toISOString() });
    expect((await t.http('GET', `/v1/surveys/${sent.surveyId}`, { as: 'agent' })).body).toMatchObject({
      status: 'expired',
      remindedAt: sh('2026-11-26T16:00:00').toISOString(),
      expiredAt: sh('2026-11-30T16:00:01').toISOString(),
      version: 3,
    });
    expect(await outboxOf(SurveyRemindedV1.subject, sent.surveyId)).toBe(1);
    expect(await outboxOf(SurveyExpiredV1.subject, sent.surveyId)).toBe(1);
    const agentAnswer = await t.http('POST', `/v1/surveys/${sent.surveyId}/responses`, { as: 'agent', body: { score: 4 } });
    expect(agentAnswer.body).toMatchObject({ status: 409, code: 'SURVEYS.SURVEY_EXPIRED' });
    clock.set(sh('2026-11-23T16:00:00'));
  });

  it('an answered survey neither reminds nor expires', async () => {
    clock.set(sh('2026-11-23T16:00:00'));
    const data = closure();
    await close(data);
    const sent = await invitation(data.caseId);
    expect((await answer(tokenOf(sent.link), { overall: 4 })).status).toBe(201);
    clock.set(sh('2026-12-01T16:00:00'));
    await t.fireAllDueTimers();
    expect(await outboxOf(SurveyRemindedV1.subject, sent.surveyId)).toBe(0);
    expect(await outboxOf(SurveyExpiredV1.subject, sent.surveyId)).toBe(0);
    clock.set(sh('2026-11-23T16:00:00'));
  });

  it('chooses the template by case facts and follows low scores up as it is configured: complaint, reopen, call-back, each linked to the survey', async () => {
    const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
    const template = {
      title: text('合同客户回访问卷', 'Contract customer survey'),
      questions: [
        { id: 'overall', kind: 'csat', text: text('总体满意度', 'Overall satisfaction'), required: true, overall: true, followUp: { atOrBelow: 3, actions: ['reopen', 'call-back'] } },
        { id: 'fixed', kind: 'yes-no', text: text('问题解决了吗？', 'Was it fixed?'), required: true, followUp: { atOrBelow: 0, actions: ['complaint'] } },
      ],
      appliesTo: { underContract: true },
      priority: 0,
      reminderAfterDays: null,
      expiresAfterDays: 14,
      active: true,
    };
    const put = await t.http('PUT', '/v1/survey-templates/contract-care', { as: 'admin', body: template });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ code: 'contract-care', version: 1 });
    expect((await t.http('PUT', '/v1/survey-templates/contract-care', { as: 'admin', body: template })).status).toBe(200);
    const published = await events.waitFor((e) => e.type === TemplatePublishedV1.subject && e.subject === 'survey-template:contract-care');
    expect(published).toMatchObject({ sequence: 1, data: { code: 'contract-care', version: 1, questionIds: ['overall', 'fixed'], appliesTo: { underContract: true }, publishedBy: expect.stringMatching(/^user:/) } });

    // Warranty says the unit is under contract: the case gets the contract template.
    const data = closure();
    await t.publish(CaseOpenedV1, {
      aggregateId: data.caseId,
      sequence: 1,
      data: { ...CaseOpenedV1.example, caseId: data.caseId, caseNumber: data.caseNumber, customerId: data.customerId, channel: 'wechat', openedAt: clock.now().toISOString() },
    });
    await t.publish(EntitlementDeterminedV1, {
      aggregateId: randomUUID(),
      sequence: 1,
      data: { ...EntitlementDeterminedV1.example, decisionId: randomUUID(), caseId: data.caseId, contractId: randomUUID() },
    });
    // The facts are handled by their own consumers; the closure waits until both are in.
    await waitForFacts(data.caseId);
    await close(data);
    const sent = await invitation(data.caseId);
    expect(sent).toMatchObject({ templateCode: 'contract-care', templateVersion: 1, title: '合同客户回访问卷', remindAt: null });

    const answered = await answer(tokenOf(sent.link), { overall: 3, fixed: false });
    expect(answered.status).toBe(201);
    expect(answered.body.followUps).toEqual([
      { action: 'complaint', questionId: 'fixed', score: 0 },
      { action: 'reopen', questionId: 'overall', score: 3 },
      { action: 'call-back', questionId: 'overall', score: 3 },
    ]);
    const received = await events.waitFor((e) => e.type === ResponseReceivedV1.subject && e.subject === sent.surveyId);
    expect(received.data).toMatchObject({ score: 3, followUps: ['complaint', 'reopen', 'call-back'], surveyLink: `/v1/surveys/${sent.surveyId}` });
    const reopen = await events.waitFor((e) => e.type === CaseReopenRequestedV1.subject && e.subject === sent.surveyId);
    expect(reopen.data).toMatchObject({ surveyId: sent.surveyId, responseId: answered.body.id, caseId: data.caseId, questionId: 'overall', score: 3 });
    const callBack = await events.waitFor((e) => e.type === CallBackCreatedV1.subject && (e.data as { surveyId: string }).surveyId === sent.surveyId);
    // Answered on Monday 2026-11-23: called back on the next working day.
    expect(callBack.data).toMatchObject({ surveyId: sent.surveyId, responseId: answered.body.id, caseId: data.caseId, dueOn: '2026-11-24' });
    const tasks = await t.http('GET', `/v1/call-backs?surveyId=${sent.surveyId}`, { as: 'agent' });
    expect(tasks.body.items).toEqual([expect.objectContaining({ surveyId: sent.surveyId, status: 'open', dueOn: '2026-11-24' })]);
    const done = await t.http('POST', `/v1/call-backs/${tasks.body.items[0].id}/completion`, { as: 'agent', claims: { sub: 'agent-wang' }, body: { reached: true, notes: 'Engineer revisit agreed' } });
    expect(done.body).toMatchObject({ status: 'done', reached: true, completedBy: 'user:agent-wang' });
    expect((await t.http('POST', `/v1/call-backs/${tasks.body.items[0].id}/completion`, { as: 'agent', body: { reached: true } })).body).toMatchObject({ status: 409, code: 'SURVEYS.CALL_BACK_ALREADY_DONE' });

    // The default template follows only an overall score of 2 or less, and only with a complaint.
    const plain = closure();
    await close(plain);
    const plainSent = await invitation(plain.caseId);
    expect(plainSent.templateCode).toBe('post-case');
    expect((await answer(tokenOf(plainSent.link), { overall: 3, fixed: false })).body.followUps).toEqual([]);
  });

  const waitForFacts = (caseId: string) =>
    waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM survey_case_facts WHERE case_id = $1 AND contract_id IS NOT NULL AND channel IS NOT NULL`, [caseId])) === 1, {
      what: `the facts of case ${caseId}`,
    });

  it('refuses bad templates and bad follow-up input with a problem+json 4xx, changing nothing', async () => {
    const before = await counts();
    const good = (await t.http('GET', '/v1/survey-templates', { as: 'agent' })).body.items.find((x: { code: string }) => x.code === 'post-case').definition;
    const bad: [string, string, unknown, number, string][] = [
      ['two overall questions', '/v1/survey-templates/x', { ...good, questions: [...good.questions, { ...good.questions[0], id: 'again' }] }, 400, 'surveys-template-invalid'],
      ['no overall question', '/v1/survey-templates/x', { ...good, questions: good.questions.slice(1) }, 400, 'surveys-template-invalid'],
      ['a reminder after the expiry', '/v1/survey-templates/x', { ...good, reminderAfterDays: 9 }, 400, 'surveys-template-invalid'],
      ['a text with a threshold', '/v1/survey-templates/x', { ...good, questions: [...good.questions.slice(0, 4), { ...good.questions[4], followUp: { atOrBelow: 1, actions: ['complaint'] } }] }, 400, 'surveys-template-invalid'],
      ['a missing English text', '/v1/survey-templates/x', { ...good, title: { 'zh-CN': '问卷' } }, 400, 'validation'],
      ['a code with capitals', '/v1/survey-templates/Bad_Code', good, 400, 'surveys-code-invalid'],
    ];
    for (const [what, url, body, status, type] of bad) {
      const res = await t.http('PUT', url, { as: 'admin', body });
      expect({ what, status: res.status, type: res.body.type, ct: res.headers['content-type'] }).toEqual({ what, status, type: `urn:aftersales:problem:${type}`, ct: expect.stringMatching(/^application\/problem\+json/) });
    }
    expect((await t.http('PUT', '/v1/survey-templates/x', { as: 'agent', body: good })).status).toBe(403);
    expect((await t.http('POST', `/v1/call-backs/${randomUUID()}/completion`, { as: 'agent', body: { reached: true } })).body).toMatchObject({ status: 404, code: 'SURVEYS.CALL_BACK_NOT_FOUND' });
    expect((await t.http('POST', `/v1/call-backs/${randomUUID()}/completion`, { as: 'agent', body: { reached: 'yes' } })).status).toBe(400);
    expect((await t.http('GET', '/v1/call-backs?status=late', { as: 'agent' })).status).toBe(400);
    expect((await t.http('GET', '/v1/surveys/pending', { as: 'agent' })).status).toBe(403);
    expect((await t.http('GET', '/v1/surveys/pending?language=fr', { as: 'customer' })).status).toBe(400);
    expect((await t.http('POST', '/v1/survey-links/open', { token: null, body: { token: 'a.b.c', extra: 1 } })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe('surveys: a survey per closure when configured (R-SV-1, SURVEY_PER_CLOSURE=true)', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: surveysService, appModule: AppModule, env: { SURVEY_PER_CLOSURE: 'true' }, streams: ['intake', 'warranty'], label: 'surveys-per-closure' });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('a case reopened and closed again gets a second survey; the same closure delivered again still gets none', async () => {
    const data: CaseClosedV1Data = { ...CaseClosedV1.example, caseId: randomUUID(), customerId: randomUUID(), closedAt: '2026-11-23T08:00:00.000Z' };
    const sent = (surveyIdOtherThan?: string) =>
      events.waitFor((e) => e.type === SurveySentV1.subject && (e.data as SurveySentV1Data).caseId === data.caseId && e.subject !== surveyIdOtherThan);
    await t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 5, data });
    const first = await sent();
    // The same closure again, then the closure after a reopen: handled in order, so the second survey comes last.
    await t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 5, data });
    await t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 9, data: { ...data, closedAt: '2026-11-25T08:00:00.000Z' } });
    await sent(first.subject);
    const rows = await t.query(`SELECT closed_at FROM surveys WHERE case_id = $1 ORDER BY closed_at`, [data.caseId]);
    expect(rows.map((r: { closed_at: Date }) => r.closed_at.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-25T08:00:00.000Z']);
  });

  it('refuses to start with a link secret under 32 characters, or a language it does not speak, naming the variable', async () => {
    await expect(createServiceApp(AppModule, surveysService, { ...t.env, SURVEY_LINK_SECRET: 'too-short' })).rejects.toThrow(/SURVEY_LINK_SECRET/);
    await expect(createServiceApp(AppModule, surveysService, { ...t.env, SURVEY_DEFAULT_LANGUAGE: 'fr' })).rejects.toThrow(/SURVEY_DEFAULT_LANGUAGE/);
  });
});
