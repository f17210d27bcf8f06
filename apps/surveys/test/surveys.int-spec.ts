/**
 * Surveys on real PostgreSQL and NATS, with intake played over JetStream: a closed case gets one survey (R-SV-1),
 * an answer is stored once and emits response.received (R-SV-3), customers see only their own (R-IN-8), and bad
 * input is a 4xx problem+json that changes nothing (issue #2 g).
 */
import { randomUUID } from 'node:crypto';
import { CaseClosedV1, CaseClosedV1Data } from '@aftersales/contracts-intake';
import { ResponseReceivedV1 } from '@aftersales/contracts-surveys';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

describe('surveys: a survey per closed case and its one answer', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;

  const closure = (customerId: string, over: Partial<CaseClosedV1Data> = {}): CaseClosedV1Data => ({
    caseId: randomUUID(),
    caseNumber: `CS-20261123-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    customerId,
    productModel: 'PX-2000',
    category: 'fault-hardware',
    closedAt: new Date().toISOString(),
    confirmation: 'customer-confirmed',
    ...over,
  });
  const close = (data: CaseClosedV1Data, extra: { id?: string; msgId?: string } = {}) =>
    t.publish(CaseClosedV1, { aggregateId: data.caseId, sequence: 5, data, ...extra });
  const surveysOfCase = async (caseId: string) => (await t.http('GET', `/v1/surveys?caseId=${caseId}`, { token: await t.token('agent') })).body.items as { id: string; status: string }[];
  const surveyOf = (caseId: string) => waitFor(async () => (await surveysOfCase(caseId))[0], { what: `the survey of case ${caseId}` });
  const counts = async () => {
    const [row] = await t.query(
      `SELECT (SELECT count(*) FROM surveys)::int AS surveys, (SELECT count(*) FROM survey_responses)::int AS responses,
              (SELECT count(*) FROM surveys WHERE status = 'answered')::int AS answered, (SELECT count(*) FROM messaging_outbox)::int AS events`,
    );
    return row as { surveys: number; responses: number; answered: number; events: number };
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: surveysService,
      appModule: AppModule,
      env: { HTTP_BODY_LIMIT_BYTES: '65536' },
      // Intake's stream exists before surveys starts, so its consumer attaches at once.
      streams: ['intake'],
    });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('sends one survey when a case closes, even when the closure is delivered again', async () => {
    const customerId = randomUUID();
    const data = closure(customerId);
    const first = await close(data);
    const survey = await surveyOf(data.caseId);
    expect(survey).toMatchObject({
      caseId: data.caseId,
      caseNumber: data.caseNumber,
      customerId,
      templateCode: 'post-case',
      templateVersion: 1,
      language: 'zh-CN',
      status: 'sent',
      channel: 'link',
      sentAt: expect.any(String),
      answeredAt: null,
      response: null,
      version: 1,
    });
    // The same event again (stopped by the inbox), and the same closure under a new event id (stopped by caseId).
    await close(data, { id: first.id, msgId: randomUUID() });
    await close(data);
    // The consumer handles in order: once this later closure has its survey, the copies were handled.
    const sentinel = closure(customerId);
    await close(sentinel);
    await surveyOf(sentinel.caseId);
    expect(await surveysOfCase(data.caseId)).toEqual([survey]);
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM surveys WHERE case_id = $1`, [data.caseId]);
    expect(n).toBe(1);
  });

  it('takes the customer’s answer once: the survey is answered and response.received is emitted', async () => {
    const customerId = randomUUID();
    const data = closure(customerId, { confirmation: 'confirmation-timeout' });
    await close(data);
    const survey = await surveyOf(data.caseId);
    const customer = await t.token('customer', { customerId, sub: 'customer-1' });
    const key = randomUUID();
    const answered = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: customer, body: { score: 2, comment: '  The engineer came a day late  ' }, headers: { 'idempotency-key': key } });
    expect(answered.status).toBe(201);
    expect(answered.body).toEqual({
      id: expect.any(String),
      surveyId: survey.id,
      score: 2,
      comment: 'The engineer came a day late',
      channel: 'online',
      receivedAt: expect.any(String),
      answers: [
        { questionId: 'overall', kind: 'csat', value: 2 },
        { questionId: 'comment', kind: 'text', value: 'The engineer came a day late' },
      ],
      // R-SV-3: the post-case template follows up an overall score of 2 or less with a complaint.
      followUps: [{ action: 'complaint', questionId: 'overall', score: 2 }],
    });

    const event = await events.waitFor((e) => e.type === ResponseReceivedV1.subject && e.subject === survey.id);
    expect(event.data).toEqual({
      responseId: answered.body.id,
      surveyId: survey.id,
      caseId: data.caseId,
      customerId,
      score: 2,
      comment: 'The engineer came a day late',
      receivedAt: answered.body.receivedAt,
      templateCode: 'post-case',
      templateVersion: 1,
      answers: [
        { questionId: 'overall', kind: 'csat', value: 2 },
        { questionId: 'comment', kind: 'text', value: 'The engineer came a day late' },
      ],
      followUps: ['complaint'],
      surveyLink: `/v1/surveys/${survey.id}`,
    });
    expect(event.sequence).toBe(2);
    const got = await t.http('GET', `/v1/surveys/${survey.id}`, { token: customer });
    expect(got.body).toMatchObject({ status: 'answered', answeredAt: answered.body.receivedAt, response: answered.body, version: 2 });

    // A retry with the same key gets the first answer and changes nothing.
    const before = await counts();
    const retried = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: customer, body: { score: 2, comment: '  The engineer came a day late  ' }, headers: { 'idempotency-key': key } });
    expect(retried).toMatchObject({ status: 201, body: answered.body });
    // A second answer is a conflict.
    const again = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: customer, body: { score: 5 }, headers: { 'idempotency-key': randomUUID() } });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ status: 409, code: 'SURVEYS.ALREADY_ANSWERED', type: 'urn:aftersales:problem:surveys-already-answered', from: 'answered', allowed: [] });
    const byAgent = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: await t.token('agent'), body: { score: 4 } });
    expect(byAgent.status).toBe(409);
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', `/v1/surveys/${survey.id}`, { token: customer })).body.response.score).toBe(2);
  });

  it('lets an agent record an answer given by phone', async () => {
    const data = closure(randomUUID());
    await close(data);
    const survey = await surveyOf(data.caseId);
    const recorded = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: await t.token('agent', { sub: 'agent-7' }), body: { score: 5 } });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ score: 5, comment: null, channel: 'phone' });
    const [row] = await t.query(`SELECT recorded_by FROM survey_responses WHERE id = $1`, [recorded.body.id]);
    expect(row.recorded_by).toBe('user:agent-7');
    const event = await events.waitFor((e) => e.type === ResponseReceivedV1.subject && e.subject === survey.id);
    expect(event.data).toMatchObject({ score: 5, comment: null, customerId: data.customerId });
  });

  it('shows a customer only their own surveys: another customer’s is a 404 and cannot be answered', async () => {
    const owner = randomUUID();
    const mine = closure(owner);
    const theirs = closure(randomUUID());
    await close(mine);
    await close(theirs);
    const survey = await surveyOf(mine.caseId);
    await surveyOf(theirs.caseId);
    const stranger = await t.token('customer', { customerId: randomUUID(), sub: 'stranger' });
    const owned = await t.token('customer', { customerId: owner, sub: 'owner' });

    const peek = await t.http('GET', `/v1/surveys/${survey.id}`, { token: stranger });
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ code: 'SURVEYS.SURVEY_NOT_FOUND', type: 'urn:aftersales:problem:surveys-survey-not-found' });
    expect((await t.http('GET', `/v1/surveys?caseId=${mine.caseId}`, { token: stranger })).body).toEqual({ items: [], nextCursor: null });
    // Naming another customer in the query does not widen a customer's view.
    expect((await t.http('GET', `/v1/surveys?customerId=${owner}`, { token: stranger })).body.items).toEqual([]);

    const before = await counts();
    const answer = await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: stranger, body: { score: 1 } });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await counts()).toEqual(before);

    expect((await t.http('GET', `/v1/surveys/${survey.id}`, { token: owned })).status).toBe(200);
    const own = await t.http('GET', '/v1/surveys', { token: owned });
    expect(own.body.items.map((s: { id: string }) => s.id)).toEqual([survey.id]);
  });

  it('lists by customer, case and status, newest first with a cursor', async () => {
    const customerId = randomUUID();
    const a = closure(customerId);
    const b = closure(customerId);
    const c = closure(customerId);
    for (const d of [a, b, c]) {
      await close(d);
      await surveyOf(d.caseId);
    }
    const agent = await t.token('agent');
    const page1 = await t.http('GET', `/v1/surveys?customerId=${customerId}&limit=2`, { token: agent });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((s: { caseId: string }) => s.caseId)).toEqual([c.caseId, b.caseId]);
    const page2 = await t.http('GET', `/v1/surveys?customerId=${customerId}&limit=2&cursor=${page1.body.nextCursor}`, { token: agent });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ caseId: a.caseId })], nextCursor: null });
    const [survey] = page2.body.items;
    await t.http('POST', `/v1/surveys/${survey.id}/responses`, { token: agent, body: { score: 3 } });
    const answered = await t.http('GET', `/v1/surveys?customerId=${customerId}&status=answered`, { token: await t.token('manager') });
    expect(answered.body.items.map((s: { id: string }) => s.id)).toEqual([survey.id]);
    expect(answered.body.items[0].response).toMatchObject({ score: 3, channel: 'phone' });
  });

  const badInputs: [string, (id: string) => Promise<{ url?: string; body: unknown; auth: string | null }>, number, string][] = [
    ['a score of 0', async () => ({ body: { score: 0 }, auth: await t.token('agent') }), 400, 'validation'],
    ['a score of 6', async () => ({ body: { score: 6 }, auth: await t.token('agent') }), 400, 'validation'],
    ['a fractional score', async () => ({ body: { score: 2.5 }, auth: await t.token('agent') }), 400, 'validation'],
    ['a score as a string', async () => ({ body: { score: '2' }, auth: await t.token('agent') }), 400, 'validation'],
    ['no score', async () => ({ body: { comment: 'fine' }, auth: await t.token('agent') }), 400, 'validation'],
    ['an unknown field', async () => ({ body: { score: 3, rating: 3 }, auth: await t.token('agent') }), 400, 'validation'],
    ['a comment over 2000 characters', async () => ({ body: { score: 3, comment: 'x'.repeat(2001) }, auth: await t.token('agent') }), 400, 'validation'],
    ['malformed JSON', async () => ({ body: '{"score": 3', auth: await t.token('agent') }), 400, 'malformed-json'],
    ['a survey id that is not a uuid', async () => ({ url: '/v1/surveys/not-a-uuid/responses', body: { score: 3 }, auth: await t.token('agent') }), 400, 'bad-request'],
    ['an unknown survey', async () => ({ url: `/v1/surveys/${randomUUID()}/responses`, body: { score: 3 }, auth: await t.token('agent') }), 404, 'surveys-survey-not-found'],
    ['no token', async () => ({ body: { score: 3 }, auth: null }), 401, 'unauthenticated'],
    ['a role that may not answer', async () => ({ body: { score: 3 }, auth: await t.token('engineer') }), 403, 'forbidden'],
    ['a bad Idempotency-Key', async () => ({ body: { score: 3 }, auth: await t.token('agent'), key: 'no spaces allowed' }), 400, 'idempotency-invalid-key'],
  ];

  it.each(badInputs)('refuses %s with a problem+json answer and changes nothing', async (_what, make, status, type) => {
    const data = closure(randomUUID());
    await close(data);
    const survey = await surveyOf(data.caseId);
    const before = await counts();
    const input = (await make(survey.id)) as { url?: string; body: unknown; auth: string | null; key?: string };
    const res = await t.http('POST', input.url ?? `/v1/surveys/${survey.id}/responses`, { token: input.auth, body: input.body, headers: input.key ? { 'idempotency-key': input.key } : {} });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', `/v1/surveys/${survey.id}`, { token: await t.token('agent') })).body).toMatchObject({ status: 'sent', response: null, version: 1 });
  });

  it('refuses a bad list query', async () => {
    const agent = await t.token('agent');
    expect((await t.http('GET', '/v1/surveys?caseId=nope', { token: agent })).status).toBe(400);
    expect((await t.http('GET', '/v1/surveys?status=lost', { token: agent })).status).toBe(400);
    expect((await t.http('GET', '/v1/surveys?limit=0', { token: agent })).status).toBe(400);
    expect((await t.http('GET', '/v1/surveys', { token: await t.token('engineer') })).status).toBe(403);
  });

  it('emitted response.received only for answers it stored', async () => {
    const data = closure(randomUUID());
    await close(data);
    const last = await surveyOf(data.caseId);
    await t.http('POST', `/v1/surveys/${last.id}/responses`, { token: await t.token('agent'), body: { score: 4 } });
    // The relay publishes in outbox order: once the last answer is on the stream, every earlier one is.
    await events.waitFor((e) => e.type === ResponseReceivedV1.subject && e.subject === last.id);
    const stored: { id: string }[] = await t.query(`SELECT id FROM survey_responses`);
    const published = events.all().filter((e) => e.type === ResponseReceivedV1.subject).map((e) => (e.data as { responseId: string }).responseId);
    expect(published.sort()).toEqual(stored.map((r) => r.id).sort());
  });

  it('documents its routes and response shapes in OpenAPI', async () => {
    const doc = (await t.http('GET', '/docs-json', { token: null })).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/surveys', '/v1/surveys/{id}', '/v1/surveys/{id}/responses']));
    const created = doc.paths['/v1/surveys/{id}/responses'].post.responses['201'].content['application/json'].schema;
    expect(JSON.stringify(created)).toMatch(/SurveyResponse/);
  });
});
