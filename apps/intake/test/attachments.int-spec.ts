/**
 * Case attachments over HTTP with real PostgreSQL and NATS (R-IN-2): upload with a size limit (413 over
 * CASE_ATTACHMENT_MAX_BYTES, nothing stored), a content-type allow-list checked against the bytes, SHA-256 kept and
 * served, each upload in the activity log (R-IN-3), customers attaching to and reading only their own cases (R-IN-8).
 */
import { createHash, randomUUID } from 'node:crypto';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

const MAX_BYTES = 4096;
const customerA = randomUUID();
const customerB = randomUUID();

const png = (size: number) => {
  const bytes = Buffer.alloc(size, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
};
const upload = (bytes: Buffer, extra: Record<string, unknown> = {}) => ({
  fileName: '屏幕照片.png',
  contentType: 'image/png',
  contentBase64: bytes.toString('base64'),
  ...extra,
});

describe('intake: case attachments', () => {
  let t: ServiceUnderTest;
  let caseOfA: string;
  let caseOfB: string;
  const customer = (customerId: string) => t.token('customer', { customerId, sub: `customer-${customerId.slice(0, 8)}` });
  const attach = async (caseId: string, body: unknown, auth?: string, headers: Record<string, string> = {}) =>
    t.inject('POST', `/v1/cases/${caseId}/attachments`, { token: auth ?? (await t.token('engineer', { sub: 'eng-li-wei' })), body, headers });
  const snapshot = async (): Promise<{ attachments: string[]; activity: number }> =>
    (
      await t.query(`
      SELECT (SELECT coalesce(json_agg(a.id ORDER BY a.id), '[]') FROM case_attachments a) AS attachments,
             (SELECT count(*)::int FROM case_activity) AS activity`)
    )[0];
  const openCase = async (customerId: string) => {
    // Test data: a case is opened for a registered customer (issue #15).
    await registerCustomer(t, customerId);
    const res = await t.inject('POST', '/v1/cases', { token: await t.token('agent'), body: {
      channel: 'web',
      customerId,
      contact: { name: '王芳' },
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: '屏幕不亮',
    } });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, env: { CASE_ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
    caseOfA = await openCase(customerA);
    caseOfB = await openCase(customerB);
  });

  afterAll(() => t?.close());

  it('stores an attachment with its SHA-256, logs it, lists it and serves the same bytes back', async () => {
    const bytes = png(MAX_BYTES); // exactly at the limit
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const res = await attach(caseOfA, upload(bytes));
    expect(res.statusCode).toBe(201);
    const attachment = res.json();
    expect(attachment).toMatchObject({ caseId: caseOfA, fileName: '屏幕照片.png', contentType: 'image/png', sizeBytes: MAX_BYTES, sha256, visibility: 'public', uploadedBy: 'user:eng-li-wei' });

    const [stored] = await t.query(`SELECT content, sha256 FROM case_attachments WHERE id = $1`, [attachment.id]);
    expect(Buffer.compare(stored.content, bytes)).toBe(0);

    const activity = await t.inject('GET', `/v1/cases/${caseOfA}/activity`, { token: await t.token('agent') });
    expect(activity.json().items).toContainEqual(
      expect.objectContaining({ kind: 'attachment-added', actor: 'user:eng-li-wei', visibility: 'public', detail: expect.objectContaining({ attachmentId: attachment.id, sha256 }) }),
    );

    const list = await t.inject('GET', `/v1/cases/${caseOfA}/attachments`, { token: await t.token('agent') });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [attachment], nextCursor: null });

    const download = await t.inject('GET', `/v1/cases/${caseOfA}/attachments/${attachment.id}/content`, { token: await customer(customerA) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('屏幕照片.png')}`);
    expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
  });

  it('refuses an attachment one byte over CASE_ATTACHMENT_MAX_BYTES with 413 and stores nothing', async () => {
    const before = await snapshot();
    const res = await attach(caseOfA, upload(png(MAX_BYTES + 1)));
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413, type: 'urn:aftersales:problem:payload-too-large' });
    expect(await snapshot()).toEqual(before);
  });

  it('lets a customer attach to their own case, and read it, but not to another customer’s (404)', async () => {
    const text = Buffer.from('错误代码 E42: 屏幕不亮\n');
    const mine = await attach(caseOfA, upload(text, { fileName: 'log.txt', contentType: 'text/plain' }), await customer(customerA));
    expect(mine.statusCode).toBe(201);
    expect(mine.json()).toMatchObject({ uploadedBy: `user:customer-${customerA.slice(0, 8)}`, visibility: 'public' });

    const before = await snapshot();
    const foreign = await attach(caseOfB, upload(text, { fileName: 'log.txt', contentType: 'text/plain' }), await customer(customerA));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().type).toBe('urn:aftersales:problem:intake-case-not-found');
    expect((await t.inject('GET', `/v1/cases/${caseOfB}/attachments`, { token: await customer(customerA) })).statusCode).toBe(404);
    const ofB = await attach(caseOfB, upload(png(64)));
    const after = await snapshot();
    expect((await t.inject('GET', `/v1/cases/${caseOfB}/attachments/${ofB.json().id}/content`, { token: await customer(customerA) })).statusCode).toBe(404);
    expect((await t.inject('GET', `/v1/cases/${caseOfA}/attachments/${ofB.json().id}/content`, { token: await customer(customerA) })).statusCode).toBe(404);
    expect(after.activity).toBe(before.activity + 1);
  });

  it('hides internal attachments and their log entries from the customer', async () => {
    const internal = await attach(caseOfA, upload(Buffer.from('%PDF-1.7 internal analysis'), { fileName: 'analysis.pdf', contentType: 'application/pdf', visibility: 'internal' }));
    expect(internal.statusCode).toBe(201);
    const asCustomer = await customer(customerA);
    const listed = await t.inject('GET', `/v1/cases/${caseOfA}/attachments`, { token: asCustomer });
    expect(listed.json().items.map((a: { id: string }) => a.id)).not.toContain(internal.json().id);
    expect((await t.inject('GET', `/v1/cases/${caseOfA}/attachments`, { token: await t.token('agent') })).json().items[0].id).toBe(internal.json().id);
    expect((await t.inject('GET', `/v1/cases/${caseOfA}/attachments/${internal.json().id}/content`, { token: asCustomer })).statusCode).toBe(404);
    const activity = await t.inject('GET', `/v1/cases/${caseOfA}/activity`, { token: asCustomer });
    expect(JSON.stringify(activity.json())).not.toContain(internal.json().id);
  });

  it('answers a retry with the same Idempotency-Key with the first attachment, storing nothing more', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const first = await attach(caseOfB, upload(png(100)), undefined, headers);
    expect(first.statusCode).toBe(201);
    const before = await snapshot();
    const again = await attach(caseOfB, upload(png(100)), undefined, headers);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await snapshot()).toEqual(before);
  });

  it('pages through attachments newest first without repeats or gaps', async () => {
    const caseId = await openCase(customerB);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await attach(caseId, upload(png(20 + i), { fileName: `p${i}.png` }))).json().id);
    const first = (await t.inject('GET', `/v1/cases/${caseId}/attachments?limit=3`, { token: await t.token('agent') })).json();
    const second = (await t.inject('GET', `/v1/cases/${caseId}/attachments?limit=3&cursor=${first.nextCursor}`, { token: await t.token('agent') })).json();
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((a: { id: string }) => a.id)).toEqual(ids.reverse());
  });

  const bad: [string, () => Promise<[string, unknown, string | null]>, number, string][] = [
    ['a content type outside the allow-list', async () => [caseOfA, upload(Buffer.from('MZ'), { fileName: 'setup.exe', contentType: 'application/x-msdownload' }), null], 400, 'validation'],
    ['bytes that are not the declared type', async () => [caseOfA, upload(Buffer.from('MZ\x90\x00 not a pdf'), { fileName: 'invoice.pdf', contentType: 'application/pdf' }), null], 400, 'intake-attachment-content-mismatch'],
    ['text that is not UTF-8', async () => [caseOfA, upload(Buffer.from([0xc3, 0x28]), { fileName: 'a.txt', contentType: 'text/plain' }), null], 400, 'intake-attachment-content-mismatch'],
    ['content that is not base64', async () => [caseOfA, { ...upload(png(10)), contentBase64: '***not base64***' }, null], 400, 'validation'],
    ['an empty file', async () => [caseOfA, { ...upload(png(10)), contentBase64: '' }, null], 400, 'validation'],
    ['a file name with a path', async () => [caseOfA, upload(png(10), { fileName: '../../etc/passwd' }), null], 400, 'validation'],
    ['an unknown field', async () => [caseOfA, upload(png(10), { caseId: caseOfB }), null], 400, 'validation'],
    ['malformed JSON', async () => [caseOfA, '{"fileName":', null], 400, 'malformed-json'],
    ['an unknown case', async () => [randomUUID(), upload(png(10)), null], 404, 'intake-case-not-found'],
    ['a malformed case id', async () => ['not-a-case', upload(png(10)), null], 400, 'bad-request'],
    ['a customer marking their file internal', async () => [caseOfA, upload(png(10), { visibility: 'internal' }), await customer(customerA)], 403, 'intake-customer-internal-attachment'],
    ['a role that may not attach', async () => [caseOfA, upload(png(10)), await t.token('integrator')], 403, 'forbidden'],
  ];

  it.each(bad)('refuses %s with problem+json and stores nothing', async (_what, make, status, type) => {
    const before = await snapshot();
    const [caseId, body, auth] = await make();
    const res = await attach(caseId, body, auth ?? undefined);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a download without a token, and of an unknown attachment', async () => {
    const attachments = (await t.inject('GET', `/v1/cases/${caseOfA}/attachments`, { token: await t.token('agent') })).json().items;
    expect((await t.inject('GET', `/v1/cases/${caseOfA}/attachments/${attachments[0].id}/content`, { token: null })).statusCode).toBe(401);
    const unknown = await t.inject('GET', `/v1/cases/${caseOfA}/attachments/${randomUUID()}/content`, { token: await t.token('agent') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toBe('urn:aftersales:problem:intake-attachment-not-found');
  });
});
