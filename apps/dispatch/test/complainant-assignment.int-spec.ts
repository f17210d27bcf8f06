/**
 * R-CP-5 in dispatch: complaints' standing of a customer reaches dispatch, and a routine order for a customer who
 * complained before goes to the more senior engineer, with the reason in its score; another customer's does not.
 */
import { randomUUID } from 'node:crypto';
import { CustomerComplaintStandingChangedV1 } from '@aftersales/contracts-complaints';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { dispatchService } from '../src/dispatch.service-definition';
import { putOrganisation } from './dispatch-under-test';

// A lower id for the junior engineer: on a tie, the junior one is chosen.
const JUNIOR = '00000000-0000-4000-8000-0000000000c1';
const SENIOR = '00000000-0000-4000-8000-0000000000c2';

describe('dispatch: a more senior engineer for a customer who complained before (R-CP-5)', () => {
  let t: ServiceUnderTest<ManualClock>;
  const engineer = (name: string, level: number) => ({ name, homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level, maxConcurrentOrders: 5 });
  const create = async (customerId: string) => {
    const res = await t.http('POST', '/v1/work-orders', {
      as: 'agent',
      body: { caseId: randomUUID(), caseNumber: 'CS-20261124-000001', customerId, productModel: 'PX-2000', serialNumber: 'SN-CP-1', category: 'fault-hardware', priority: 'P3', serviceMode: 'on-site', inWarranty: true, region: 'east' },
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: dispatchService, appModule: AppModule, clock: new ManualClock(new Date()), streams: ['intake', 'complaints'] });
    await putOrganisation(t, {
      units: [['BR-E', { name: 'East', kind: 'branch', regions: ['east'] }]],
      engineers: [
        [JUNIOR, engineer('Li Wei', 1)],
        [SENIOR, engineer('Wang Fang', 3)],
      ],
    });
  });
  afterAll(() => t?.close());

  it('prefers the senior engineer, and says why, only for the customer who complained before', async () => {
    const complainer = randomUUID();
    await t.publish(CustomerComplaintStandingChangedV1, {
      aggregateId: complainer,
      sequence: 1,
      data: { customerId: complainer, complainedBefore: true, complaintCount: 1, openComplaints: 1, lastComplaintId: randomUUID(), lastComplaintAt: '2026-11-20T02:00:00.000Z', changedAt: '2026-11-20T02:00:00.000Z' },
    });
    await waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM customer_complaint_standing WHERE customer_id = $1`, [complainer])) === 1 || undefined, { what: 'the standing' });

    const flagged = await create(complainer);
    expect(flagged).toMatchObject({ engineerId: SENIOR, assignment: { parts: { level: 0, complainant: 10 } } });
    expect(flagged.assignment.reasons).toContain('level 3 for a customer who complained before (R-CP-5)');
    const routine = await create(randomUUID());
    expect(routine.engineerId).toBe(JUNIOR);
    expect(routine.assignment.parts.complainant).toBeUndefined();
  });
});
