/**
 * Issue #15, R-IN-8 as the people concerned would say it: "an engineer of the Shanghai branch reads Shanghai's cases
 * and the ones he works on, not Nanjing's; managers and the technical center read across branches; every time staff
 * read a customer's records it is written down, and an administrator can see who read what". A staff token without a
 * `branch` claim is central staff (call center, technical center) and reads every case. Real PostgreSQL and NATS.
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderAssignedV1 } from '@aftersales/contracts-dispatch';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { openPrinterCase, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);
const LI_WEI = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';

describe('R-IN-8: staff read their branch’s cases and the ones they work on; reads are audited (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let customerId: string;
  let shanghai: { id: string };
  let nanjing: { id: string };
  const as = (role: Role, sub: string, branch?: string) => (method: 'GET', url: string) => t.http(method, url, { as: role, claims: { sub, ...(branch ? { branch } : {}) } });
  const assign = async (caseId: string, engineerId: string, branchCode: string) => {
    const e = await t.publish(WorkOrderAssignedV1, {
      aggregateId: uuidv7(),
      data: { workOrderId: uuidv7(), workOrderNumber: 'WO-20261123-000031', caseId, engineerId, engineerName: 'Li Wei', serviceMode: 'on-site', branchCode, assignment: 'automatic', assignedAt: clock.now().toISOString(), previousEngineerId: null },
    });
    await waitFor(async () => (await t.query(`SELECT 1 FROM messaging_inbox WHERE event_id = $1`, [e.id])).length > 0, { what: 'the assignment handled' });
  };

  beforeAll(async () => {
    ({ t, customerId } = await startIntakeOnClock(clock, 'intake-staff-reads'));
    shanghai = await openPrinterCase(t, customerId, 'P3');
    nanjing = await openPrinterCase(t, customerId, 'P3');
    await assign(shanghai.id, LI_WEI, 'BR-SH');
    await assign(nanjing.id, randomUUID(), 'BR-NJ');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('Wang Fang of BR-SH reads the Shanghai case, not the Nanjing one, and lists only Shanghai’s', async () => {
    const wang = as('engineer', 'eng-wang', 'BR-SH');
    expect((await wang('GET', `/v1/cases/${shanghai.id}`)).body).toMatchObject({ branchCode: 'BR-SH', assigneeName: 'Li Wei' });
    const hidden = await wang('GET', `/v1/cases/${nanjing.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
    expect((await wang('GET', `/v1/cases/${nanjing.id}/clocks`)).status).toBe(404);
    const listed = (await wang('GET', `/v1/cases?customerId=${customerId}`)).body.items.map((c: { id: string }) => c.id);
    expect(listed).toEqual([shanghai.id]);
  });

  it('Li Wei, lent to BR-NJ, still reads the Shanghai case he works on', async () => {
    expect((await as('engineer', LI_WEI, 'BR-NJ')('GET', `/v1/cases/${shanghai.id}`)).status).toBe(200);
  });

  it('a manager of BR-SH, an expert of the technical center and a call-center agent without a branch read the Nanjing case', async () => {
    expect((await as('manager', 'mgr-zhou', 'BR-SH')('GET', `/v1/cases/${nanjing.id}`)).status).toBe(200);
    expect((await as('expert', 'dr-ma', 'TC')('GET', `/v1/cases/${nanjing.id}`)).status).toBe(200);
    expect((await as('agent', 'agent-9')('GET', `/v1/cases/${nanjing.id}`)).status).toBe(200);
  });

  it('an administrator sees who read the customer’s records; the customer reading their own case is not recorded', async () => {
    await as('agent', 'agent-audit')('GET', `/v1/customers/${customerId}`);
    await t.http('GET', `/v1/cases/${shanghai.id}`, { as: 'customer', claims: { sub: 'cust-1', customerId } });
    const reads = (await as('admin', 'admin-1')('GET', `/v1/audit/customer-reads?customerId=${customerId}&limit=100`)).body.items as { actor: string; record: string; recordId: string; branch: string | null; action: string }[];
    expect(reads.filter((r) => r.actor === 'user:agent-audit')).toEqual([expect.objectContaining({ record: 'customer', recordId: customerId, action: 'GET /v1/customers/{id}', branch: null })]);
    expect(reads.filter((r) => r.actor === 'user:eng-wang' && r.action === 'GET /v1/cases/{id}')).toEqual([expect.objectContaining({ record: 'case', recordId: shanghai.id, branch: 'BR-SH' })]);
    expect(reads.some((r) => r.actor === 'user:cust-1')).toBe(false);
    // Nobody reads a case they may not: the refused read of Nanjing's case left no line.
    expect(reads.some((r) => r.actor === 'user:eng-wang' && r.recordId === nanjing.id)).toBe(false);
  });

  it('only administrators read the audit; a malformed filter is a 400 problem+json', async () => {
    expect((await as('manager', 'mgr-zhou')('GET', '/v1/audit/customer-reads')).status).toBe(403);
    const bad = await as('admin', 'admin-1')('GET', '/v1/audit/customer-reads?customerId=not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});
