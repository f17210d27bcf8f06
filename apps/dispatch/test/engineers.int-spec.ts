/**
 * Issue #5, part 1: organisation units with the regions they cover (R-DS-3) and engineer profiles, kept by admins
 * over HTTP; bad input answers 4xx problem+json and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

describe('dispatch: organisation units and engineers', () => {
  let t: DispatchUnderTest;
  let admin: string;

  beforeAll(async () => {
    t = await startDispatch();
    admin = await t.token('admin');
  });
  afterAll(() => t?.close());

  const engineer = (over: object = {}) => ({
    name: 'Wang Fang',
    homeBranch: 'BR-E',
    region: 'east',
    territories: ['islands'],
    skills: ['hardware', 'network'],
    productLines: ['PX'],
    level: 3,
    maxConcurrentOrders: 4,
    calendar: { id: 'sh-9-17', timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '09:00', end: '17:00' }] } }] },
    leave: [{ from: '2026-12-01T00:00:00Z', to: '2026-12-05T00:00:00Z', reason: 'annual leave' }],
    ...over,
  });

  it('keeps the organisation: branches with regions and neighbours, repair and technical centers', async () => {
    for (const [code, body] of [
      ['BR-E', { name: 'East branch', kind: 'branch', regions: ['east'] }],
      ['BR-N', { name: 'North branch', kind: 'branch', regions: ['north', 'north'], neighbours: ['BR-E'] }],
      ['RC', { name: 'Repair center', kind: 'repair-center' }],
      ['TC', { name: 'Technical center', kind: 'technical-center' }],
    ] as const) {
      const res = await t.http('PUT', `/v1/org-units/${code}`, { token: admin, body });
      expect(res.status).toBe(200);
    }
    const list = await t.http('GET', '/v1/org-units', { token: await t.token('agent') });
    expect(list.body.items.map((u: { code: string }) => u.code)).toEqual(['BR-E', 'BR-N', 'RC', 'TC']);
    expect(list.body.items[1]).toMatchObject({ kind: 'branch', regions: ['north'], neighbours: ['BR-E'] });
  });

  it('refuses bad organisation units with problem+json and changes nothing', async () => {
    const before = await t.count(`SELECT count(*)::int AS n FROM org_units`);
    const cases: [string, object, number][] = [
      ['BR X', { name: 'x', kind: 'branch' }, 400],
      ['BR-X', { name: 'x', kind: 'warehouse' }, 400],
      ['BR-X', { name: 'x', kind: 'branch', unknown: 1 }, 400],
      ['RC2', { name: 'x', kind: 'repair-center', regions: ['east'] }, 400],
      ['BR-X', { name: 'x', kind: 'branch', neighbours: ['BR-NOWHERE'] }, 422],
      ['BR-X', { name: 'x', kind: 'branch', neighbours: ['BR-X'] }, 400],
    ];
    for (const [code, body, status] of cases) {
      const res = await t.http('PUT', `/v1/org-units/${encodeURIComponent(code)}`, { token: admin, body });
      expect([code, res.status]).toEqual([code, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.http('PUT', '/v1/org-units/BR-X', { token: await t.token('engineer'), body: { name: 'x', kind: 'branch' } })).status).toBe(403);
    expect(await t.count(`SELECT count(*)::int AS n FROM org_units`)).toBe(before);
  });

  it('keeps an engineer profile with skills, territories, calendar and leave, and lists by region and skill', async () => {
    const id = randomUUID();
    const put = await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: engineer() });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id, homeBranch: 'BR-E', skills: ['hardware', 'network'], productLines: ['PX'], expert: false, openOrders: 0, active: true });
    expect(put.body.leave).toEqual([{ from: '2026-12-01T00:00:00Z', to: '2026-12-05T00:00:00Z', reason: 'annual leave' }]);
    const other = randomUUID();
    expect((await t.http('PUT', `/v1/engineers/${other}`, { token: admin, body: engineer({ name: 'Zhao Lei', region: 'north', territories: [], skills: ['software'], homeBranch: 'BR-N' }) })).status).toBe(200);

    const agent = await t.token('agent');
    const inIslands = await t.http('GET', '/v1/engineers?region=islands', { token: agent });
    expect(inIslands.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    const software = await t.http('GET', '/v1/engineers?skill=software', { token: agent });
    expect(software.body.items.map((e: { id: string }) => e.id)).toEqual([other]);
    const replaced = await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: engineer({ level: 4, expert: true, leave: [] }) });
    expect(replaced.body).toMatchObject({ level: 4, expert: true, leave: [] });
    expect((await t.http('GET', `/v1/engineers/${id}`, { token: agent })).body).toEqual(replaced.body);
  });

  it('refuses bad engineer profiles with problem+json and changes nothing', async () => {
    const before = await t.dataSource.query(`SELECT * FROM engineers ORDER BY id`);
    const id = randomUUID();
    const bad: [object, number][] = [
      [engineer({ homeBranch: 'BR-NOWHERE' }), 422],
      [engineer({ skills: [] }), 400],
      [engineer({ skills: ['plumbing'] }), 400],
      [engineer({ maxConcurrentOrders: 0 }), 400],
      [engineer({ leave: [{ from: '2026-12-05T00:00:00Z', to: '2026-12-01T00:00:00Z' }] }), 400],
      [engineer({ calendar: { id: 'x', timeZone: 'Mars/Olympus', versions: [{ effectiveFrom: null, weekly: {} }] } }), 400],
      [engineer({ calendar: { id: 'x', timeZone: 'Asia/Shanghai', versions: [{ effectiveFrom: null, weekly: { mon: [{ start: '17:00', end: '09:00' }] } }] } }), 400],
      [{ ...engineer(), salary: 1 }, 400],
    ];
    for (const [body, status] of bad) {
      const res = await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body });
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.http('PUT', '/v1/engineers/not-a-uuid', { token: admin, body: engineer() })).status).toBe(400);
    expect((await t.http('PUT', `/v1/engineers/${id}`, { token: await t.token('engineer', { sub: id }), body: engineer() })).status).toBe(403);
    expect((await t.http('GET', `/v1/engineers/${id}`, { token: admin })).status).toBe(404);
    expect(await t.dataSource.query(`SELECT * FROM engineers ORDER BY id`)).toEqual(before);
  });
  it('tells the notifier who its engineers and org units are, with contacts and the response-center manager (issue #10, R-SLA-7)', async () => {
    const outbox = async (aggregateId: string) =>
      ((await t.dataSource.query(`SELECT envelope FROM messaging_outbox WHERE aggregate_id = $1 ORDER BY position`, [aggregateId])) as { envelope: { type: string; sequence: number; data: unknown } }[]).map(
        (r) => r.envelope,
      );
    const manager = { userId: randomUUID(), name: 'Wang Fang', email: 'wang.fang@branch.example', phone: '13800000001' };
    expect((await t.http('PUT', '/v1/org-units/BR-W', { token: admin, body: { name: 'West branch', kind: 'branch', regions: ['west'], manager } })).body).toMatchObject({ code: 'BR-W', manager });
    expect((await t.http('PUT', '/v1/org-units/BR-W', { token: admin, body: { name: 'West branch', kind: 'branch', regions: ['west'], manager: null } })).status).toBe(200);
    const units = await outbox('BR-W');
    expect(units.map((e) => [e.type, e.sequence])).toEqual([
      ['aftersales.dispatch.org-unit.changed.v1', 1],
      ['aftersales.dispatch.org-unit.changed.v1', 2],
    ]);
    expect(units[0].data).toEqual({ code: 'BR-W', name: 'West branch', kind: 'branch', regions: ['west'], neighbours: [], manager, changedAt: expect.any(String) });
    expect(units[1].data).toMatchObject({ manager: null });

    const id = randomUUID();
    expect((await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: engineer({ homeBranch: 'BR-W', region: 'west', email: 'li.wei@branch.example', phone: '13800000003' }) })).body).toMatchObject({
      email: 'li.wei@branch.example',
      phone: '13800000003',
    });
    expect((await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: engineer({ homeBranch: 'BR-W', region: 'west', active: false }) })).status).toBe(200);
    const profiles = (await outbox(id)).filter((e) => e.type === 'aftersales.dispatch.engineer.profile-changed.v1');
    expect(profiles.map((e) => [e.sequence, e.data])).toEqual([
      [1, { engineerId: id, name: 'Wang Fang', email: 'li.wei@branch.example', phone: '13800000003', homeBranch: 'BR-W', region: 'west', active: true, timeZone: 'Asia/Shanghai', changedAt: expect.any(String) }],
      [2, { engineerId: id, name: 'Wang Fang', email: null, phone: null, homeBranch: 'BR-W', region: 'west', active: false, timeZone: 'Asia/Shanghai', changedAt: expect.any(String) }],
    ]);
    // Bad contacts are refused like any bad input, and announce nothing.
    for (const body of [engineer({ phone: 'call me' }), engineer({ email: 'nobody' })]) expect((await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body })).status).toBe(400);
    const badManager = await t.http('PUT', '/v1/org-units/BR-W', { token: admin, body: { name: 'West branch', kind: 'branch', manager: { userId: 'not-a-uuid', name: 'x' } } });
    expect(badManager.status).toBe(400);
    expect((await outbox(id)).length + (await outbox('BR-W')).length).toBe(profiles.length + units.length);
  });
});
