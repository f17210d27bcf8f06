/**
 * Customers, contacts and sites over HTTP with real PostgreSQL and NATS: registration, changes, search in any script
 * (王芳, 华为), cursor pagination, customer isolation and confidentiality (R-IN-8), and bad input that changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';


describe('intake: customers, contacts and sites', () => {
  let t: ServiceUnderTest;
  const agent = () => t.token('agent', { sub: 'agent-1' });
  /** Every row of the three tables, so "nothing changed" means nothing at all. */
  const snapshot = async () =>
    t.query(`
      SELECT (SELECT coalesce(json_agg(c ORDER BY id), '[]') FROM customers c) AS customers,
             (SELECT coalesce(json_agg(c ORDER BY id), '[]') FROM customer_contacts c) AS contacts,
             (SELECT coalesce(json_agg(s ORDER BY id), '[]') FROM customer_sites s) AS sites`);
  const register = async (body: Record<string, unknown>) => {
    const res = await t.inject('POST', '/v1/customers', { token: await agent(), body });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  const huawei = {
    kind: 'company',
    name: '华为技术有限公司',
    contacts: [
      { name: '王芳', phone: '+86 10 5555-0101', email: 'wang.fang@example.com', preferredChannel: 'phone' },
      { name: 'Li Lei', email: 'li.lei@example.com', preferredChannel: 'email' },
    ],
    sites: [{ name: '北京总部', address: '北京市海淀区中关村大街1号', region: 'north', timeZone: 'asia/shanghai' }],
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule });
  });

  afterAll(() => t?.close());

  it('registers a company with its contacts and sites, assigns a code and canonicalises the time zone', async () => {
    const created = await register(huawei);
    expect(created).toMatchObject({
      kind: 'company',
      name: '华为技术有限公司',
      code: expect.stringMatching(/^CU-\d{8}-\d{6}$/),
      version: 1,
      contacts: [
        { name: '王芳', phone: '+86 10 5555-0101', email: 'wang.fang@example.com', preferredChannel: 'phone' },
        { name: 'Li Lei', phone: null, preferredChannel: 'email' },
      ],
      sites: [{ name: '北京总部', region: 'north', timeZone: 'Asia/Shanghai' }],
    });
    const read = await t.inject('GET', `/v1/customers/${created.id}`, { token: await t.token('engineer') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('keeps customer codes unique regardless of case: a taken code is a 409 and nothing is stored', async () => {
    await register({ kind: 'person', name: 'Zhang San', code: 'ERP-00042' });
    const before = await snapshot();
    const res = await t.inject('POST', '/v1/customers', { token: await agent(), body: { kind: 'person', name: 'Zhang Si', code: 'erp-00042' } });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'INTAKE.CUSTOMER_CODE_TAKEN' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a retry with the same Idempotency-Key with the first customer, storing nothing more', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const body = { kind: 'person', name: '赵六', contacts: [{ name: '赵六', phone: '13800000006', preferredChannel: 'sms' }] };
    const first = await t.inject('POST', '/v1/customers', { token: await agent(), body, headers });
    expect(first.statusCode).toBe(201);
    const before = await snapshot();
    const again = await t.inject('POST', '/v1/customers', { token: await agent(), body, headers });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await snapshot()).toEqual(before);
  });

  describe('search', () => {
    let company: { id: string; code: string };
    let person: { id: string };

    beforeAll(async () => {
      company = await register({
        kind: 'company',
        name: '深圳光明电子有限公司',
        code: 'SZ-GUANGMING-7',
        contacts: [{ name: '陈静', phone: '(0755) 8888 1234', email: 'chen.jing@guangming.example', preferredChannel: 'wechat' }],
      });
      person = await register({
        kind: 'person',
        name: 'Maria Schmidt',
        contacts: [{ name: 'Maria Schmidt', phone: '+49 30 1234567', email: 'maria@schmidt.example', preferredChannel: 'email' }],
      });
    });

    const search = async (query: string) => {
      const res = await t.inject('GET', `/v1/customers?${query}`, { token: await agent() });
      expect(res.statusCode).toBe(200);
      return (res.json().items as { id: string }[]).map((c) => c.id);
    };

    it.each([
      ['part of a Chinese company name', `q=${encodeURIComponent('光明电子')}`],
      ['part of the code, in any case', 'q=guangming-7'],
      ['the Chinese name of a contact', `q=${encodeURIComponent('陈静')}`],
      ['a phone number typed differently from how it was stored', `q=${encodeURIComponent('0755-88881234')}`],
      ['the end of a phone number', 'q=1234&kind=company'],
      ['part of an email address', 'q=CHEN.JING@'],
    ])('finds a customer by %s', async (_what, query) => {
      expect(await search(query)).toEqual([company.id]);
    });

    it('combines the text with the kind, and finds persons by name and email', async () => {
      expect(await search('q=schmidt&kind=person')).toEqual([person.id]);
      expect(await search('q=schmidt&kind=company')).toEqual([]);
      expect(await search('q=maria%40schmidt')).toEqual([person.id]);
    });

    it('takes % and _ literally', async () => {
      expect(await search('q=%25')).toEqual([]);
      expect(await search('q=_')).toEqual([]);
    });
  });

  it('pages through every match exactly once, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await register({ kind: 'person', name: `分页客户 ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.inject('GET', `/v1/customers?q=${encodeURIComponent('分页客户')}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: await agent() });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('changes a customer, a contact and a site, and lists contacts and sites', async () => {
    const created = await register(huawei);
    const agentToken = await agent();
    const patched = await t.inject('PATCH', `/v1/customers/${created.id}`, { token: agentToken, body: { name: '华为终端有限公司' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: '华为终端有限公司', version: 2, code: created.code });

    const contact = created.contacts[0];
    const contactPatch = await t.inject('PATCH', `/v1/customers/${created.id}/contacts/${contact.id}`, { token: agentToken, body: { email: null, preferredChannel: 'sms' } });
    expect(contactPatch.statusCode).toBe(200);
    expect(contactPatch.json()).toMatchObject({ email: null, preferredChannel: 'sms', phone: contact.phone });

    const added = await t.inject('POST', `/v1/customers/${created.id}/sites`, { token: agentToken, body: { name: 'Berlin', address: 'Unter den Linden 1', timeZone: 'Europe/Berlin' } });
    expect(added.statusCode).toBe(201);
    const site = await t.inject('PATCH', `/v1/customers/${created.id}/sites/${added.json().id}`, { token: agentToken, body: { region: 'emea', timeZone: 'europe/berlin' } });
    expect(site.json()).toMatchObject({ region: 'emea', timeZone: 'Europe/Berlin', name: 'Berlin' });

    const newContact = await t.inject('POST', `/v1/customers/${created.id}/contacts`, { token: agentToken, body: { name: '刘洋', phone: '13900001111', preferredChannel: 'phone' } });
    expect(newContact.statusCode).toBe(201);
    const contacts = await t.inject('GET', `/v1/customers/${created.id}/contacts?limit=2`, { token: agentToken });
    expect(contacts.json().items.map((c: { name: string }) => c.name)).toEqual(['刘洋', 'Li Lei']);
    const rest = await t.inject('GET', `/v1/customers/${created.id}/contacts?limit=2&cursor=${contacts.json().nextCursor}`, { token: agentToken });
    expect(rest.json()).toMatchObject({ items: [{ name: '王芳', preferredChannel: 'sms' }], nextCursor: null });
    const sites = await t.inject('GET', `/v1/customers/${created.id}/sites`, { token: agentToken });
    expect(sites.json().items.map((s: { name: string }) => s.name)).toEqual(['Berlin', '北京总部']);
    const one = await t.inject('GET', `/v1/customers/${created.id}/contacts/${contact.id}`, { token: agentToken });
    expect(one.json()).toMatchObject({ id: contact.id, preferredChannel: 'sms' });
  });

  describe('a customer sees only itself (R-IN-8)', () => {
    let mine: { id: string; contacts: { id: string }[]; sites: { id: string }[] };
    let theirs: { id: string; contacts: { id: string }[]; sites: { id: string }[] };
    let me: string;

    beforeAll(async () => {
      mine = await register({ ...huawei, name: '隔离测试甲' });
      theirs = await register({ ...huawei, name: '隔离测试乙' });
      me = await t.token('customer', { customerId: mine.id, sub: 'customer-a' });
    });

    it('reads itself, its contacts and sites', async () => {
      expect((await t.inject('GET', `/v1/customers/${mine.id}`, { token: me })).json()).toMatchObject({ id: mine.id, name: '隔离测试甲' });
      expect((await t.inject('GET', `/v1/customers/${mine.id}/contacts`, { token: me })).statusCode).toBe(200);
      expect((await t.inject('GET', `/v1/customers/${mine.id}/sites/${mine.sites[0].id}`, { token: me })).statusCode).toBe(200);
    });

    it('finds only itself in a search that matches both', async () => {
      const res = await t.inject('GET', `/v1/customers?q=${encodeURIComponent('隔离测试')}`, { token: me });
      expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    });

    it.each([
      ['the other customer', () => `/v1/customers/${theirs.id}`],
      ['its contacts', () => `/v1/customers/${theirs.id}/contacts`],
      ['one of its contacts', () => `/v1/customers/${theirs.id}/contacts/${theirs.contacts[0].id}`],
      ['its sites', () => `/v1/customers/${theirs.id}/sites`],
      ['one of its sites', () => `/v1/customers/${theirs.id}/sites/${theirs.sites[0].id}`],
    ])('gets 404 for %s, with no hint that it exists', async (_what, url) => {
      const res = await t.inject('GET', url(), { token: me });
      expect(res.statusCode).toBe(404);
      expect(res.json().type).toBe('urn:aftersales:problem:intake-customer-not-found');
      expect(res.body).not.toContain('隔离测试乙');
    });

    it('may not register or change customers, contacts or sites, not even its own', async () => {
      const before = await snapshot();
      for (const [method, url, body] of [
        ['POST', '/v1/customers', { kind: 'person', name: 'x' }],
        ['PATCH', `/v1/customers/${mine.id}`, { name: 'x' }],
        ['POST', `/v1/customers/${mine.id}/contacts`, { name: 'x', preferredChannel: 'letter' }],
        ['PATCH', `/v1/customers/${mine.id}/sites/${mine.sites[0].id}`, { name: 'x' }],
      ] as const) {
        const res = await t.inject(method, url, { token: me, body });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input answers a 4xx problem+json and changes nothing', () => {
    let existing: { id: string; contacts: { id: string }[]; sites: { id: string }[] };
    beforeAll(async () => {
      existing = await register(huawei);
    });

    const cases: [string, () => Promise<[method: 'POST' | 'PATCH' | 'GET', url: string, auth: string | null, body?: unknown]>, number, string][] = [
      ['malformed JSON', async () => ['POST', '/v1/customers', await agent(), '{"kind":'], 400, 'malformed-json'],
      ['an unknown kind', async () => ['POST', '/v1/customers', await agent(), { kind: 'robot', name: 'R2' }], 400, 'validation'],
      ['an unknown field', async () => ['POST', '/v1/customers', await agent(), { kind: 'person', name: 'A', vip: true }], 400, 'validation'],
      ['an empty name', async () => ['POST', '/v1/customers', await agent(), { kind: 'person', name: '   ' }], 400, 'validation'],
      ['a code with spaces', async () => ['POST', '/v1/customers', await agent(), { kind: 'person', name: 'A', code: 'A B' }], 400, 'validation'],
      ['an unknown time zone', async () => ['POST', `/v1/customers/${existing.id}/sites`, await agent(), { name: 'S', address: 'A', timeZone: 'Mars/Olympus_Mons' }], 400, 'validation'],
      ['a fixed offset instead of a zone', async () => ['PATCH', `/v1/customers/${existing.id}/sites/${existing.sites[0].id}`, await agent(), { timeZone: '+08:00' }], 400, 'validation'],
      ['a malformed phone number', async () => ['POST', `/v1/customers/${existing.id}/contacts`, await agent(), { name: 'A', phone: 'call me', preferredChannel: 'phone' }], 400, 'validation'],
      ['a malformed email', async () => ['POST', `/v1/customers/${existing.id}/contacts`, await agent(), { name: 'A', email: 'secret-person@@example', preferredChannel: 'email' }], 400, 'validation'],
      ['a preferred channel without its address', async () => ['POST', '/v1/customers', await agent(), { kind: 'person', name: 'A', contacts: [{ name: 'A', email: 'a@example.com', preferredChannel: 'sms' }] }], 400, 'intake-contact-unreachable'],
      ['clearing the phone of a phone contact', async () => ['PATCH', `/v1/customers/${existing.id}/contacts/${existing.contacts[0].id}`, await agent(), { phone: null }], 400, 'intake-contact-unreachable'],
      ['an empty change', async () => ['PATCH', `/v1/customers/${existing.id}`, await agent(), {}], 400, 'validation'],
      ['a malformed id', async () => ['PATCH', '/v1/customers/not-a-uuid', await agent(), { name: 'A' }], 400, 'bad-request'],
      ['an unknown customer', async () => ['PATCH', `/v1/customers/${randomUUID()}`, await agent(), { name: 'A' }], 404, 'intake-customer-not-found'],
      ['a contact of another customer', async () => ['PATCH', `/v1/customers/${randomUUID()}/contacts/${existing.contacts[0].id}`, await agent(), { name: 'A' }], 404, 'intake-customer-not-found'],
      ['a bad page size', async () => ['GET', '/v1/customers?limit=0', await agent()], 400, 'validation'],
      ['an unknown query parameter', async () => ['GET', '/v1/customers?name=x', await agent()], 400, 'validation'],
      ['no token', async () => ['POST', '/v1/customers', null, { kind: 'person', name: 'A' }], 401, 'unauthenticated'],
      ['an engineer registering', async () => ['POST', '/v1/customers', await t.token('engineer'), { kind: 'person', name: 'A' }], 403, 'forbidden'],
      ['an integrator reading contact details', async () => ['GET', `/v1/customers/${existing.id}`, await t.token('integrator')], 403, 'forbidden'],
    ];

    it.each(cases)('refuses %s', async (_what, make, status, type) => {
      const before = await snapshot();
      const [method, url, auth, body] = await make();
      const res = await t.inject(method, url, { token: auth, body });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
      expect(await snapshot()).toEqual(before);
    });

    it('does not echo contact details in the problem (R-IN-8)', async () => {
      const res = await t.inject('POST', `/v1/customers/${existing.id}/contacts`, { token: await agent(), body: { name: '保密', email: 'secret-person@@example', preferredChannel: 'email' } });
      expect(res.statusCode).toBe(400);
      expect(res.body).not.toContain('secret-person');
    });
  });
});
