/**
 * Issue #15: intake knows who works the case. Dispatch's work-order.assigned.v1 puts the engineer on the case (R-IN-6),
 * a reassignment replaces them, a late copy of an older assignment changes nothing, and the SLA notices name the
 * engineer (R-SLA-7). Real PostgreSQL and NATS, a manual clock; a P2 case opened Monday 10:00 (Asia/Shanghai).
 */
import { v7 as uuidv7 } from 'uuid';
import { CaseAssignedV1, SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { EventCollector, ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake knows who works the case: the engineer dispatch assigned (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let customerId: string;

  const { http, openCase, getCase, fire } = intakeCaseHelpers(() => t, () => customerId, 'P2');
  const assign = (caseId: string, engineerId: string, assignedAt: string, over: Partial<WorkOrderAssignedV1Data> = {}) =>
    t.publish(WorkOrderAssignedV1, {
      aggregateId: workOrderId,
      data: { workOrderId, workOrderNumber: 'WO-20261123-000007', caseId, engineerId, serviceMode: 'on-site', assignment: 'automatic', assignedAt, previousEngineerId: null, ...over },
    });
  /** The event was handled (its inbox row is written in the handler's transaction): a sentinel, no sleep. */
  const handled = (eventId: string) =>
    waitFor(async () => (await t.query(`SELECT 1 FROM messaging_inbox WHERE event_id = $1`, [eventId])).length > 0, { what: `event ${eventId} handled` });
  const workOrderId = uuidv7();
  beforeAll(async () => {
    ({ t, events, customerId } = await startIntakeOnClock(clock, 'intake-engineer'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the engineer dispatch assigned is on the case and named in its SLA warning; a reassignment replaces them; a late older copy changes nothing', async () => {
    const liWei = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';
    const zhaoMin = '0192f3a0-7c1e-7c3a-9a4e-0000000000e2';
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    await handled((await assign(c.id, liWei, sh('2026-11-23T10:05:00').toISOString(), { engineerName: 'Li Wei' })).id);
    expect(await getCase(c.id)).toMatchObject({ assigneeId: liWei, assigneeName: 'Li Wei', assignedAt: sh('2026-11-23T10:05:00').toISOString() });
    const assigned = await events.waitFor((e) => e.type === CaseAssignedV1.subject && e.subject === c.id);
    expect(assigned.data).toMatchObject({ caseId: c.id, assigneeId: liWei, assigneeName: 'Li Wei', previousAssigneeId: null, assignedBy: 'system:dispatch' });

    // Half the response hour (R-SLA-1 ladder): the warning names the engineer working the case.
    clock.set(sh('2026-11-23T10:30:00'));
    await fire();
    const warning = await events.waitFor((e) => e.type === SlaWarningV1.subject && (e.data as { caseId: string }).caseId === c.id);
    expect(warning.data).toMatchObject({ clock: 'response', recipients: { users: [liWei], assignee: { id: liWei, name: 'Li Wei' } } });

    await handled(
      (await assign(c.id, zhaoMin, sh('2026-11-23T10:50:00').toISOString(), { assignment: 'reassigned', engineerName: 'Zhao Min', previousEngineerId: liWei, previousEngineerName: 'Li Wei', respondImmediately: true })).id,
    );
    expect(await getCase(c.id)).toMatchObject({ assigneeId: zhaoMin, assigneeName: 'Zhao Min', assignedAt: sh('2026-11-23T10:50:00').toISOString() });
    const reassigned = await events.waitFor((e) => e.type === CaseAssignedV1.subject && e.subject === c.id && (e.data as { assigneeId: string }).assigneeId === zhaoMin);
    expect(reassigned.data).toMatchObject({ assigneeName: 'Zhao Min', previousAssigneeId: liWei, previousAssigneeName: 'Li Wei' });

    // The response hour is used up at 11:00: the breach names the engineer working the case now.
    clock.set(sh('2026-11-23T11:00:00'));
    await fire();
    const breach = await events.waitFor((e) => e.type === SlaBreachedV1.subject && (e.data as { caseId: string; clock: string }).caseId === c.id);
    expect(breach.data).toMatchObject({ clock: 'response', recipients: { assignee: { id: zhaoMin, name: 'Zhao Min' } } });

    const late = await assign(c.id, liWei, sh('2026-11-23T10:05:00').toISOString(), { engineerName: 'Li Wei' });
    await handled(late.id);
    expect(await getCase(c.id)).toMatchObject({ assigneeId: zhaoMin, assigneeName: 'Zhao Min' });
    const log = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.filter((a: { kind: string }) => a.kind === 'engineer-assigned');
    expect(log.map((a: { detail: { engineerId: string; previousAssigneeId: string | null } }) => [a.detail.engineerId, a.detail.previousAssigneeId])).toEqual([
      [liWei, null],
      [zhaoMin, liWei],
    ]);
    expect(log.every((a: { visibility: string }) => a.visibility === 'internal')).toBe(true);
  });
});
