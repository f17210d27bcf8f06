/**
 * Issue #15: the engineer's arrival on site, recorded once in dispatch (its visit), meets the case's on-site clock
 * (R-SLA-1): nobody records it again on the case. A premium 7x24 case opened Saturday 22:00 (Asia/Shanghai) must
 * see an engineer on site by Sunday 00:00; real PostgreSQL and NATS, a manual clock.
 */
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderEngineerArrivedV1, WorkOrderEngineerArrivedV1Data } from '@aftersales/contracts-dispatch';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { inWarrantyDecision, intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('the engineer on site: the arrival dispatch records meets the on-site clock (R-SLA-1, issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-28T22:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let customerId: string;
  const { http, openCase } = intakeCaseHelpers(() => t, () => customerId, 'P3');
  const handled = (eventId: string) =>
    waitFor(async () => (await t.query(`SELECT 1 FROM messaging_inbox WHERE event_id = $1`, [eventId])).length > 0, { what: `event ${eventId} handled` });
  const clockOf = async (caseId: string, name: string) => (await http('GET', `/v1/cases/${caseId}/clocks`, 'agent')).body.clocks.find((c: { clock: string }) => c.clock === name);
  const arrived = (caseId: string, arrivedAt: Date, over: Partial<WorkOrderEngineerArrivedV1Data> = {}) =>
    t.publish(WorkOrderEngineerArrivedV1, {
      aggregateId: uuidv7(),
      data: {
        workOrderId: uuidv7(),
        workOrderNumber: 'WO-20261128-000003',
        caseId,
        visitId: uuidv7(),
        visitNumber: 1,
        engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
        engineerName: 'Li Wei',
        arrivedAt: arrivedAt.toISOString(),
        ...over,
      },
    });
  const premiumCase = async () => {
    const c = await openCase();
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(c.id, clock.now(), { slaPlanCode: 'premium-7x24', rules: [{ rule: 'R-WA-6', outcome: 'passed', detail: 'premium 7x24 contract' }] }) });
    await waitFor(async () => (await clockOf(c.id, 'on-site'))?.planCode === 'premium-7x24', { what: 'the premium plan adopted' });
    return c;
  };

  beforeAll(async () => {
    ({ t, customerId } = await startIntakeOnClock(clock, 'intake-on-site'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('Li Wei on site at 23:40, twenty minutes inside the two hours: the on-site clock reads met at 23:40, and the customer sees the arrival', async () => {
    clock.set(sh('2026-11-28T22:00:00'));
    const c = await premiumCase();
    expect(await clockOf(c.id, 'on-site')).toMatchObject({ state: 'running', dueAt: sh('2026-11-29T00:00:00').toISOString() });
    clock.set(sh('2026-11-28T23:45:00'));
    await handled((await arrived(c.id, sh('2026-11-28T23:40:00'))).id);
    expect(await clockOf(c.id, 'on-site')).toMatchObject({ state: 'met', stoppedAt: sh('2026-11-28T23:40:00').toISOString() });
    const activity = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.filter((a: { kind: string }) => a.kind === 'engineer-arrived');
    expect(activity).toEqual([expect.objectContaining({ visibility: 'public', at: sh('2026-11-28T23:40:00').toISOString(), detail: { workOrderNumber: 'WO-20261128-000003', visitNumber: 1, engineerName: 'Li Wei' } })]);
    // A second visit (or a replay) finds the clock met: it stays met at the first arrival.
    await handled((await arrived(c.id, sh('2026-11-29T09:00:00'), { visitNumber: 2 })).id);
    expect(await clockOf(c.id, 'on-site')).toMatchObject({ state: 'met', stoppedAt: sh('2026-11-28T23:40:00').toISOString() });
  });

  it('arriving at 00:10, ten minutes after the two hours: the clock reads breached, stopped at 00:10', async () => {
    clock.set(sh('2026-11-28T22:00:00'));
    const c = await premiumCase();
    clock.set(sh('2026-11-29T00:15:00'));
    await handled((await arrived(c.id, sh('2026-11-29T00:10:00'))).id);
    expect(await clockOf(c.id, 'on-site')).toMatchObject({ state: 'breached', stoppedAt: sh('2026-11-29T00:10:00').toISOString() });
  });
});
