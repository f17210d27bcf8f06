/**
 * GET /v1/cases over HTTP with real PostgreSQL and NATS: every filter, free text in Chinese and Latin script over case
 * number, symptoms and serial (R-IN-6: search by type, product and time range), cursor pages that neither repeat nor
 * skip a case, customers confined to their own cases (R-IN-8), bad input refused with problem+json.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { registerCustomer } from './intake-fixtures';

const customerA = randomUUID();
const customerB = randomUUID();

interface Fixture {
  customerId: string;
  channel: string;
  productModel: string;
  serialNumber: string;
  category: string;
  priority: string;
  symptoms: string;
}
interface Listed {
  id: string;
  caseNumber: string;
  customerId: string;
  channel: string;
  productModel: string;
  serialNumber: string;
  category: string;
  priority: string;
  status: string;
  symptoms: string;
  assigneeId: string | null;
  createdAt: string;
  version: number;
}

const fixtures: Fixture[] = [
  { customerId: customerA, channel: 'hotline', productModel: 'PX-2000', serialNumber: 'SN-A-001', category: 'fault-hardware', priority: 'P1', symptoms: '开机后屏幕不亮，指示灯闪烁' },
  { customerId: customerA, channel: 'email', productModel: 'PX-3000', serialNumber: 'SN-A-002', category: 'fault-software', priority: 'P2', symptoms: 'Blue screen after the update 升级后蓝屏' },
  { customerId: customerB, channel: 'web', productModel: 'PX-2000', serialNumber: 'SN-B-001', category: 'installation', priority: 'P4', symptoms: '需要安装指导 (installation help)' },
  { customerId: customerB, channel: 'wechat', productModel: 'RX-10', serialNumber: 'SN-B-002', category: 'fault-network', priority: 'P3', symptoms: '网络断开: drops 10% of packets' },
  { customerId: customerA, channel: 'dealer', productModel: 'PX-2000', serialNumber: 'SN-A-003', category: 'consultation', priority: 'P3', symptoms: '屏幕 flickers when cold' },
];

describe('intake: GET /v1/cases (search and list)', () => {
  let t: ServiceUnderTest;
  let cases: Listed[] = [];
  const open = async (f: Fixture, headers: Record<string, string> = {}) => {
    // Test data: a case is opened for a registered customer (issue #15).
    await registerCustomer(t, f.customerId);
    const res = await t.inject('POST', '/v1/cases', { token: await t.token('agent'), body: { ...f, contact: { name: '王芳', phone: '+86 10 5555 0101' } }, headers });
    expect(res.statusCode).toBe(201);
    return res.json() as Listed;
  };
  /** Every page of a query, following nextCursor. */
  const listAll = async (query: string, auth?: string, limit = 2): Promise<Listed[]> => {
    const items: Listed[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.inject('GET', `/v1/cases?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token: auth ?? (await t.token('agent')) });
      expect(res.statusCode).toBe(200);
      items.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    return items;
  };
  const newestFirst = (list: Listed[]) => [...list].sort((a, b) => (a.id < b.id ? 1 : -1)).map((c) => c.id);

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule });
    for (const f of fixtures) cases.push(await open(f));
    // One case assigned (R-IN-6), through the assignment endpoint.
    const assigned = await t.inject('POST', `/v1/cases/${cases[1].id}/assignment`, { token: await t.token('agent'), body: { assigneeId: 'eng-li-wei', version: cases[1].version } });
    expect(assigned.statusCode).toBe(200);
    cases = (await listAll('', undefined, 50)).reverse();
  });

  afterAll(() => t?.close());

  const byFilter: [string, () => string, (c: Listed) => boolean][] = [
    ['status', () => 'status=new', (c) => c.status === 'new'],
    ['priority', () => 'priority=P3', (c) => c.priority === 'P3'],
    ['category', () => 'category=fault-software', (c) => c.category === 'fault-software'],
    ['product model', () => 'productModel=PX-2000', (c) => c.productModel === 'PX-2000'],
    ['serial number', () => 'serialNumber=SN-B-002', (c) => c.serialNumber === 'SN-B-002'],
    ['channel', () => 'channel=wechat', (c) => c.channel === 'wechat'],
    ['assignee', () => 'assignee=eng-li-wei', (c) => c.assigneeId === 'eng-li-wei'],
    ['customer', () => `customerId=${customerB}`, (c) => c.customerId === customerB],
    ['created from (inclusive)', () => `createdFrom=${encodeURIComponent(cases[2].createdAt)}`, (c) => Date.parse(c.createdAt) >= Date.parse(cases[2].createdAt)],
    ['created to (exclusive)', () => `createdTo=${encodeURIComponent(cases[2].createdAt)}`, (c) => Date.parse(c.createdAt) < Date.parse(cases[2].createdAt)],
    ['Chinese text in the symptoms', () => `q=${encodeURIComponent('屏幕不亮')}`, (c) => c.symptoms.includes('屏幕不亮')],
    ['a shorter Chinese text', () => `q=${encodeURIComponent('屏幕')}`, (c) => c.symptoms.includes('屏幕')],
    ['Latin text in any case', () => 'q=BLUE%20SCREEN', (c) => c.symptoms.toLowerCase().includes('blue screen')],
    ['part of a serial number', () => 'q=sn-b-00', (c) => c.serialNumber.startsWith('SN-B-00')],
    ['a case number', () => `q=${cases[3].caseNumber}`, (c) => c.caseNumber === cases[3].caseNumber],
    ['a literal percent sign', () => 'q=10%25', (c) => c.symptoms.includes('10%')],
    ['filters together', () => 'priority=P3&productModel=PX-2000&q=flickers', (c) => c.priority === 'P3' && c.productModel === 'PX-2000' && c.symptoms.includes('flickers')],
  ];

  it.each(byFilter)('filters by %s', async (_what, query, matches) => {
    const expected = cases.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(cases.length + (query().startsWith('status') ? 1 : 0));
    expect((await listAll(query())).map((c) => c.id)).toEqual(newestFirst(expected));
  });

  it('finds nothing for text nobody wrote, and takes _ literally', async () => {
    expect(await listAll(`q=${encodeURIComponent('打印机卡纸')}`)).toEqual([]);
    expect(await listAll('q=_')).toEqual([]);
    expect(await listAll('status=closed')).toEqual([]);
  });

  it('serves the Chinese text filter from a pg_trgm index', async () => {
    const plan: { 'QUERY PLAN': string }[] = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(`EXPLAIN SELECT id FROM cases WHERE symptoms ILIKE '%屏幕不亮%'`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('cases_symptoms_trgm');
  });

  it('pages without repeating or skipping a case, even while new cases arrive', async () => {
    const everything = newestFirst(cases);
    const first = await t.inject('GET', '/v1/cases?limit=2', { token: await t.token('agent') });
    const firstPage = first.json();
    expect(firstPage.items.map((c: Listed) => c.id)).toEqual(everything.slice(0, 2));
    await open({ ...fixtures[0], symptoms: '翻页期间的新案例' });
    const rest: string[] = [];
    let cursor: string | null = firstPage.nextCursor;
    while (cursor) {
      const page = (await t.inject('GET', `/v1/cases?limit=2&cursor=${cursor}`, { token: await t.token('agent') })).json();
      rest.push(...page.items.map((c: Listed) => c.id));
      cursor = page.nextCursor;
    }
    expect([...firstPage.items.map((c: Listed) => c.id), ...rest]).toEqual(everything);
  });

  describe('a customer sees only their own cases (R-IN-8)', () => {
    it('lists only their own, whatever the filters match', async () => {
      const mine = await t.token('customer', { customerId: customerA, sub: 'customer-a' });
      const listed = await listAll(`q=${encodeURIComponent('屏幕')}`, mine);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((c) => c.customerId === customerA)).toBe(true);
      expect(await listAll('productModel=RX-10', mine)).toEqual([]);
      expect((await listAll(`customerId=${customerA}`, mine)).map((c) => c.id)).toEqual(newestFirst((await listAll('', undefined, 50)).filter((c) => c.customerId === customerA)));
    });

    it('is refused, not silently redirected, when naming another customer', async () => {
      const res = await t.inject('GET', `/v1/cases?customerId=${customerB}`, { token: await t.token('customer', { customerId: customerA }) });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'INTAKE.FOREIGN_CUSTOMER' });
    });
  });

  const badQueries: [string, string, Role, number, string][] = [
    ['an unknown status', 'status=open', 'agent', 400, 'validation'],
    ['an unknown priority', 'priority=P9', 'agent', 400, 'validation'],
    ['an unknown category', 'category=hardware', 'agent', 400, 'validation'],
    ['an unknown channel', 'channel=pigeon', 'agent', 400, 'validation'],
    ['a time without offset', 'createdFrom=2026-11-01T00:00:00', 'agent', 400, 'validation'],
    ['a time range that ends before it starts', 'createdFrom=2026-11-02T00:00:00Z&createdTo=2026-11-01T00:00:00Z', 'agent', 400, 'validation'],
    ['an empty text', 'q=%20%20', 'agent', 400, 'validation'],
    ['an overlong text', `q=${'屏'.repeat(201)}`, 'agent', 400, 'validation'],
    ['a malformed cursor', 'cursor=page-2', 'agent', 400, 'validation'],
    ['a page too large', 'limit=201', 'agent', 400, 'validation'],
    ['an unknown parameter', 'sort=priority', 'agent', 400, 'validation'],
    ['a malformed customer id', 'customerId=42', 'agent', 400, 'validation'],
    ['a role that may not read cases', '', 'integrator', 403, 'forbidden'],
  ];

  it.each(badQueries)('refuses %s with problem+json', async (_what, query, role, status, type) => {
    const before = await t.query(`SELECT count(*)::int AS n FROM cases`);
    const res = await t.inject('GET', `/v1/cases?${query}`, { token: await t.token(role) });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, type: `urn:aftersales:problem:${type}` });
    expect(await t.query(`SELECT count(*)::int AS n FROM cases`)).toEqual(before);
  });

  it('refuses a request without a token', async () => {
    const res = await t.inject('GET', '/v1/cases', { token: null });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  describe('Idempotency-Key on case creation', () => {
    it('answers a retry with the first case and a reused key with a different request with 422, changing nothing', async () => {
      const key = randomUUID();
      const first = await open(fixtures[2], { 'idempotency-key': key });
      const count = async () => (await t.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM messaging_outbox)::int AS events`))[0];
      const before = await count();
      expect((await open(fixtures[2], { 'idempotency-key': key })).id).toBe(first.id);
      const reused = await t.inject('POST', '/v1/cases', { token: await t.token('agent'), body: { ...fixtures[3], contact: { name: '王芳' } }, headers: { 'idempotency-key': key } });
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED' });
      expect(await count()).toEqual(before);
    });
  });
});
