/**
 * Issue #5 (R-DS-3): concurrent assignments never give an engineer more orders than their maximum: the slot is claimed
 * with one conditional UPDATE per engineer, and the orders beyond the total capacity wait in the queue.
 */
import { randomUUID } from 'node:crypto';
import { DispatchUnderTest, startDispatch } from './dispatch-under-test';

describe('dispatch: concurrent assignment', () => {
  let t: DispatchUnderTest;
  afterAll(() => t?.close());

  it('fills 3 engineers of 2 slots each with 20 simultaneous orders: 6 assigned, 14 queued, nobody over capacity', async () => {
    t = await startDispatch();
    const admin = await t.token('admin');
    expect((await t.http('PUT', '/v1/org-units/BR-E', { token: admin, body: { name: 'East', kind: 'branch', regions: ['east'] } })).status).toBe(200);
    const engineers = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of engineers) {
      expect((await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body: { name: 'E', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 2 } })).status).toBe(200);
    }
    const agent = await t.token('agent');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http('POST', '/v1/work-orders', { token: agent, body: {
          caseId: randomUUID(),
          caseNumber: `CS-C-${i}`,
          customerId: randomUUID(),
          productModel: 'PX-2000',
          serialNumber: `SN-C-${i}`,
          category: 'fault-hardware',
          priority: 'P2',
          serviceMode: 'on-site',
          inWarranty: true,
          region: 'east',
        } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const statuses = results.map((r) => r.body.status).sort();
    expect(statuses).toEqual([...Array(6).fill('assigned'), ...Array(14).fill('queued')]);
    const load: { id: string; open_orders: number; actual: number }[] = await t.dataSource.query(
      `SELECT e.id, e.open_orders, (SELECT count(*)::int FROM work_orders w WHERE w.engineer_id = e.id AND w.status IN ('assigned', 'in-progress')) AS actual FROM engineers e`,
    );
    expect(load.map((l) => [l.open_orders, l.actual])).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
  });
});
