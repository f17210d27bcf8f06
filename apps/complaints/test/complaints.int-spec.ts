/**
 * Complaints on real PostgreSQL and NATS, with surveys played over JetStream: a low survey score opens one
 * complaint with its committed deadline (R-SV-3, R-CP-4), a higher one opens none, staff register complaints by
 * hand (R-CP-1, R-CP-2), repeat complainants are flagged (R-CP-5), and bad input changes nothing (issue #2 h).
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { ComplaintOpenedV1 } from '@aftersales/contracts-complaints';
import { ResponseReceivedV1, ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { EventCollector, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { complaintsService } from '../src/complaints.service-definition';

// 16 business hours from Tuesday 2026-11-24 10:00 Shanghai (02:00Z), on 09:00-17:00 weekdays: Thursday 10:00.
const DEADLINE_HOURS = 16;
const NOW = '2026-11-24T02:00:00.000Z';
const DUE = '2026-11-26T02:00:00.000Z';
const ACKNOWLEDGE_BY = '2026-11-24T06:00:00.000Z';

describe('complaints: from low survey scores and by hand', () => {
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;

  const answer = (over: Partial<ResponseReceivedV1Data> = {}): ResponseReceivedV1Data => ({
    responseId: uuidv7(),
    surveyId: uuidv7(),
    caseId: randomUUID(),
    customerId: randomUUID(),
    score: 2,
    comment: 'The engineer came a day late',
    receivedAt: new Date().toISOString(),
    ...over,
  });
  const receive = (data: ResponseReceivedV1Data, extra: { id?: string; msgId?: string } = {}) =>
    t.publish(ResponseReceivedV1, { aggregateId: data.surveyId, sequence: 2, data, ...extra });
  const complaintsOfCase = async (caseId: string) =>
    (await t.http('GET', `/v1/complaints?caseId=${caseId}`, { token: await t.token('complaint-officer') })).body.items as { id: string; [k: string]: unknown }[];
  const complaintOf = (caseId: string) => waitFor(async () => (await complaintsOfCase(caseId))[0], { what: `the complaint about case ${caseId}` });
  const counts = async () => {
    const [row] = await t.query(
      `SELECT (SELECT count(*) FROM complaints)::int AS complaints, (SELECT count(*) FROM complaint_steps)::int AS steps,
              (SELECT coalesce(sum(complaint_count), 0)::int FROM customer_complaint_history) AS history, (SELECT count(*) FROM messaging_outbox)::int AS events`,
    );
    return row as { complaints: number; steps: number; history: number; events: number };
  };
  const manual = (over: Record<string, unknown> = {}) => ({
    customerId: randomUUID(),
    caseIds: [randomUUID()],
    source: 'phone',
    summary: 'Nobody called back about the replacement part',
    ...over,
  });

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: complaintsService,
      appModule: AppModule,
      // The deadline comes from configuration; the score threshold keeps its default of 2.
      env: { HTTP_BODY_LIMIT_BYTES: '65536', COMPLAINT_DEFAULT_DEADLINE_HOURS: String(DEADLINE_HOURS) },
      // Surveys' and warranty's streams exist before complaints starts, so its consumers attach at once.
      streams: ['surveys', 'warranty'],
      clock: new ManualClock(NOW),
    });
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('opens one complaint for a score of 2, with a summary naming score and comment and the configured deadline', async () => {
    const data = answer({ score: 2 });
    const received = await receive(data);
    const complaint = await complaintOf(data.caseId);
    expect(complaint).toMatchObject({
      complaintNumber: expect.stringMatching(/^CP-\d{8}-\d{6}$/),
      customerId: data.customerId,
      caseIds: [data.caseId],
      source: 'survey',
      summary: 'Survey score 2/5: The engineer came a day late',
      status: 'registered',
      overdue: false,
      repeatComplainant: false,
      surveyId: data.surveyId,
      openedAt: NOW,
      dueAt: DUE,
      acknowledgeBy: ACKNOWLEDGE_BY,
      version: 1,
    });

    const opened = await events.waitFor((e) => e.type === ComplaintOpenedV1.subject && e.subject === complaint.id);
    expect(opened.data).toEqual({
      complaintId: complaint.id,
      complaintNumber: complaint.complaintNumber,
      customerId: data.customerId,
      caseIds: [data.caseId],
      source: 'survey',
      summary: 'Survey score 2/5: The engineer came a day late',
      dueAt: DUE,
      openedAt: NOW,
      acknowledgeBy: ACKNOWLEDGE_BY,
      severity: 'medium',
      brokenCommitment: 'none',
      surveyId: data.surveyId,
      repeatComplainant: false,
      notify: [{ audience: 'officer', userId: null }],
    });
    expect(opened).toMatchObject({ sequence: 1, causationId: received.id, correlationId: received.correlationId });

    const detail = await t.http('GET', `/v1/complaints/${complaint.id}`, { token: await t.token('manager') });
    expect(detail.status).toBe(200);
    expect(detail.body.steps).toEqual([
      {
        id: expect.any(String),
        actor: 'system:complaints',
        kind: 'listen-and-record',
        outcome: 'done',
        skippedBecause: null,
        visibility: 'public',
        note: `Registered from a survey answer; handling deadline ${DUE}`,
        at: NOW,
      },
    ]);
  });

  it('opens a complaint for a score of 1 without a comment', async () => {
    const data = answer({ score: 1, comment: null });
    await receive(data);
    expect(await complaintOf(data.caseId)).toMatchObject({ summary: 'Survey score 1/5', source: 'survey' });
  });

  it('follows the survey template when the answer says: a 4 it flags opens a complaint linked to the survey, a 1 it does not flag opens none', async () => {
    const flagged = answer({ score: 4, comment: 'Fixed, but the site was left dirty', followUps: ['complaint'], surveyLink: '/v1/surveys/0192f3a0-7c1e-7c3a-9a4e-0000000000c1' });
    await receive(flagged);
    expect(await complaintOf(flagged.caseId)).toMatchObject({ summary: 'Survey score 4/5 (/v1/surveys/0192f3a0-7c1e-7c3a-9a4e-0000000000c1): Fixed, but the site was left dirty', source: 'survey' });
    const unflagged = answer({ score: 1, followUps: ['call-back'] });
    await receive(unflagged);
    // Answers are handled in order: once this later one has its complaint, the unflagged one was handled.
    const sentinel = answer({ score: 1 });
    await receive(sentinel);
    await complaintOf(sentinel.caseId);
    expect(await complaintsOfCase(unflagged.caseId)).toEqual([]);
  });

  it('opens one complaint per answer, however often the answer is delivered', async () => {
    const data = answer();
    const first = await receive(data);
    const complaint = await complaintOf(data.caseId);
    // The same event again (stopped by the inbox), and the same answer under a new event id (stopped by responseId).
    await receive(data, { id: first.id, msgId: randomUUID() });
    await receive(data);
    // The consumer handles in order: once this later answer has its complaint, the copies were handled.
    const sentinel = answer();
    await receive(sentinel);
    await complaintOf(sentinel.caseId);
    expect(await complaintsOfCase(data.caseId)).toEqual([complaint]);
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2`, [ComplaintOpenedV1.subject, complaint.id]);
    expect(n).toBe(1);
    const history = await t.http('GET', `/v1/customers/${data.customerId}/complaint-history`, { token: await t.token('agent') });
    expect(history.body).toMatchObject({ complaintCount: 1 });
  });

  it('opens none for scores of 3, 4 and 5', async () => {
    const customerId = randomUUID();
    const high = [3, 4, 5].map((score) => answer({ score, customerId }));
    for (const data of high) await receive(data);
    const sentinel = answer({ score: 2 });
    await receive(sentinel);
    await complaintOf(sentinel.caseId);
    for (const data of high) expect(await complaintsOfCase(data.caseId)).toEqual([]);
    expect((await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: await t.token('agent') })).body).toEqual({
      customerId,
      complainedBefore: false,
      complaintCount: 0,
      openComplaints: 0,
      lastComplaintId: null,
      lastComplaintAt: null,
    });
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM complaints WHERE customer_id = $1`, [customerId]);
    expect(n).toBe(0);
  });

  it('registers a complaint taken by phone, once per Idempotency-Key, and emits complaint.opened', async () => {
    const body = manual();
    const key = randomUUID();
    const officer = await t.token('complaint-officer', { sub: 'officer-1' });
    const created = await t.http('POST', '/v1/complaints', { token: officer, body, headers: { 'idempotency-key': key } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      complaintNumber: expect.stringMatching(/^CP-\d{8}-\d{6}$/),
      customerId: body.customerId,
      caseIds: body.caseIds,
      source: 'phone',
      summary: body.summary,
      status: 'registered',
      overdue: false,
      repeatComplainant: false,
      dueAt: DUE,
      officerId: 'officer-1',
      steps: [{ actor: 'user:officer-1', kind: 'listen-and-record', outcome: 'done', note: expect.stringContaining('Registered from the phone channel') }],
    });
    const opened = await events.waitFor((e) => e.type === ComplaintOpenedV1.subject && e.subject === created.body.id);
    expect(opened.data).toMatchObject({ complaintId: created.body.id, source: 'phone', customerId: body.customerId, caseIds: body.caseIds, dueAt: created.body.dueAt });

    const before = await counts();
    const retried = await t.http('POST', '/v1/complaints', { token: officer, body, headers: { 'idempotency-key': key } });
    expect(retried).toMatchObject({ status: 201, body: created.body });
    expect(await counts()).toEqual(before);
    expect((await t.http('GET', `/v1/complaints/${created.body.id}`, { token: officer })).body).toEqual(created.body);
  });

  it('flags a customer who complained before (R-CP-5), whatever the channel', async () => {
    const customerId = randomUUID();
    const agent = await t.token('agent', { sub: 'agent-3' });
    const none = await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: agent });
    expect(none.body).toEqual({ customerId, complainedBefore: false, complaintCount: 0, openComplaints: 0, lastComplaintId: null, lastComplaintAt: null });

    const first = await t.http('POST', '/v1/complaints', { token: agent, body: manual({ customerId, source: 'letter', caseIds: [] }) });
    expect(first.body).toMatchObject({ repeatComplainant: false, caseIds: [] });
    const fromSurvey = answer({ customerId, score: 1 });
    await receive(fromSurvey);
    const second = await complaintOf(fromSurvey.caseId);
    expect(second).toMatchObject({ repeatComplainant: true });
    const detail = await t.http('GET', `/v1/complaints/${second.id}`, { token: await t.token('complaint-officer') });
    expect(detail.body.steps[0].note).toContain('the customer has complained before');

    const history = await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: agent });
    expect(history.body).toEqual({ customerId, complainedBefore: true, complaintCount: 2, openComplaints: 2, lastComplaintId: second.id, lastComplaintAt: second.openedAt });
    const own = await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: await t.token('customer', { customerId }) });
    expect(own.body).toMatchObject({ complaintCount: 2 });
    const other = await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: await t.token('customer', { customerId: randomUUID() }) });
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.http('GET', `/v1/customers/${customerId}/complaint-history`, { token: await t.token('engineer') })).status).toBe(403);
  });

  it('shows a customer only their own complaints', async () => {
    const customerId = randomUUID();
    const mine = answer({ customerId });
    const theirs = answer();
    await receive(mine);
    await receive(theirs);
    const complaint = await complaintOf(mine.caseId);
    const other = await complaintOf(theirs.caseId);
    const customer = await t.token('customer', { customerId });
    expect((await t.http('GET', `/v1/complaints/${complaint.id}`, { token: customer })).status).toBe(200);
    const peek = await t.http('GET', `/v1/complaints/${other.id}`, { token: customer });
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ code: 'COMPLAINTS.COMPLAINT_NOT_FOUND', type: 'urn:aftersales:problem:complaints-complaint-not-found' });
    expect((await t.http('GET', '/v1/complaints', { token: customer })).body.items.map((c: { id: string }) => c.id)).toEqual([complaint.id]);
    expect((await t.http('GET', `/v1/complaints?customerId=${theirs.customerId}`, { token: customer })).body.items.map((c: { id: string }) => c.id)).toEqual([complaint.id]);
    expect((await t.http('GET', `/v1/complaints?caseId=${theirs.caseId}`, { token: customer })).body).toEqual({ items: [], nextCursor: null });
  });

  it('lists by customer, case and status, newest first with a cursor', async () => {
    const customerId = randomUUID();
    const caseId = randomUUID();
    const officer = await t.token('complaint-officer');
    const ids: string[] = [];
    for (const source of ['phone', 'in-person', 'online']) {
      ids.push((await t.http('POST', '/v1/complaints', { token: officer, body: manual({ customerId, caseIds: [caseId, randomUUID()], source }) })).body.id);
    }
    const page1 = await t.http('GET', `/v1/complaints?customerId=${customerId}&limit=2`, { token: officer });
    expect(page1.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    const page2 = await t.http('GET', `/v1/complaints?customerId=${customerId}&limit=2&cursor=${page1.body.nextCursor}`, { token: officer });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: ids[0], source: 'phone' })], nextCursor: null });
    expect((await complaintsOfCase(caseId)).map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect((await t.http('GET', `/v1/complaints?caseId=${caseId}&status=registered`, { token: officer })).body.items).toHaveLength(3);
    expect((await t.http('GET', `/v1/complaints?caseId=${caseId}&status=closed`, { token: officer })).body.items).toEqual([]);
    expect((await t.http('GET', '/v1/complaints?status=lost', { token: officer })).status).toBe(400);
    expect((await t.http('GET', '/v1/complaints?caseId=nope', { token: officer })).status).toBe(400);
    expect((await t.http('GET', '/v1/complaints', { token: await t.token('engineer') })).status).toBe(403);
  });

  const badInputs: [string, () => Promise<{ body: unknown; auth: string | null; key?: string }>, number, string][] = [
    ['no customer', async () => ({ body: manual({ customerId: undefined }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['a customer id that is not a uuid', async () => ({ body: manual({ customerId: 'C-1' }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['a case id that is not a uuid', async () => ({ body: manual({ caseIds: ['CS-1'] }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['the survey source, which only survey answers open', async () => ({ body: manual({ source: 'survey' }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['an unknown source', async () => ({ body: manual({ source: 'fax' }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['an empty summary', async () => ({ body: manual({ summary: '   ' }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['a summary over 4000 characters', async () => ({ body: manual({ summary: 'x'.repeat(4001) }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['an unknown field', async () => ({ body: manual({ status: 'closed' }), auth: await t.token('complaint-officer') }), 400, 'validation'],
    ['malformed JSON', async () => ({ body: '{"customerId": ', auth: await t.token('complaint-officer') }), 400, 'malformed-json'],
    ['no token', async () => ({ body: manual(), auth: null }), 401, 'unauthenticated'],
    ['a customer', async () => ({ body: manual(), auth: await t.token('customer', { customerId: randomUUID() }) }), 403, 'forbidden'],
    ['an engineer', async () => ({ body: manual(), auth: await t.token('engineer') }), 403, 'forbidden'],
    ['a bad Idempotency-Key', async () => ({ body: manual(), auth: await t.token('agent'), key: 'no spaces allowed' }), 400, 'idempotency-invalid-key'],
  ];

  it.each(badInputs)('refuses %s with a problem+json answer and changes nothing', async (_what, make, status, type) => {
    const before = await counts();
    const input = await make();
    const res = await t.http('POST', '/v1/complaints', { token: input.auth, body: input.body, headers: input.key ? { 'idempotency-key': input.key } : {} });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
    expect(await counts()).toEqual(before);
  });

  it('refuses reusing an Idempotency-Key for a different complaint, changing nothing', async () => {
    const officer = await t.token('complaint-officer', { sub: 'officer-9' });
    const key = randomUUID();
    expect((await t.http('POST', '/v1/complaints', { token: officer, body: manual(), headers: { 'idempotency-key': key } })).status).toBe(201);
    const before = await counts();
    const reused = await t.http('POST', '/v1/complaints', { token: officer, body: manual(), headers: { 'idempotency-key': key } });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
    expect(await counts()).toEqual(before);
  });

  it('emitted complaint.opened only for complaints it stored', async () => {
    const last = await t.http('POST', '/v1/complaints', { token: await t.token('agent'), body: manual() });
    // The relay publishes in outbox order: once the last complaint is on the stream, every earlier one is.
    await events.waitFor((e) => e.type === ComplaintOpenedV1.subject && e.subject === last.body.id);
    const stored: { id: string }[] = await t.query(`SELECT id FROM complaints`);
    const published = events.all().filter((e) => e.type === ComplaintOpenedV1.subject).map((e) => e.subject);
    expect(published.sort()).toEqual(stored.map((c) => c.id).sort());
  });

  it('documents its routes and response shapes in OpenAPI', async () => {
    const doc = (await t.http('GET', '/docs-json', { token: null })).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/complaints', '/v1/complaints/{id}', '/v1/customers/{customerId}/complaint-history']),
    );
    const created = doc.paths['/v1/complaints'].post.responses['201'].content['application/json'].schema;
    expect(JSON.stringify(created)).toMatch(/Complaint/);
  });
});
