/**
 * Issue #15, R-IN-4 as an agent would say it: "the mail asked a question, but it is a dead controller: make it a
 * difficult P1 hardware fault". The case is reclassified with a reason, its clocks are re-planned as P1 from the
 * opening (never met by the reclassification), the service mode is chosen again and dispatch is asked for an
 * engineer. Real PostgreSQL and NATS, a manual clock; the mail came Monday 2026-11-23 10:00 (Asia/Shanghai).
 */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { CaseDispatchRequestedV1, CasePriorityChangedV1, CaseReclassifiedV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { inWarrantyDecision, intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('R-IN-4: an agent reclassifies a case with a reason (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let customerId: string;
  const { http, getCase } = intakeCaseHelpers(() => t, () => customerId, 'P4');
  const clocksOf = async (caseId: string) => (await http('GET', `/v1/cases/${caseId}/clocks`, 'agent')).body.clocks as { clock: string; state: string; targetMinutes: number; dueAt: string; ledger: { kind: string; detail?: { reason?: string } }[] }[];
  /** A question that came by mail, and warranty's decision (in warranty; phone, remote and on-site allowed). */
  const mailedQuestion = async () => {
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'email',
      customerId,
      contact: { name: 'Li Lei', email: 'li.lei@example.com' },
      productModel: 'PX-2000',
      serialNumber: `SN-${randomUUID().slice(0, 8)}`,
      category: 'consultation',
      priority: 'P4',
      symptoms: 'How do I reset the controller? The panel stays dark.',
    });
    expect(res.status).toBe(201);
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(res.body.id, clock.now()) });
    await waitFor(async () => (await getCase(res.body.id)).entitlement !== null, { what: 'the entitlement recorded' });
    return getCase(res.body.id);
  };

  beforeAll(async () => {
    ({ t, events, customerId } = await startIntakeOnClock(clock, 'intake-reclassify'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the mailed question becomes a difficult P1 hardware fault at 10:20: diagnosis due 11:00 around the clock, an engineer requested on site', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await mailedQuestion();
    expect(c).toMatchObject({ category: 'consultation', difficulty: null, priority: 'P4', serviceMode: null });
    clock.set(sh('2026-11-23T10:20:00'));
    const res = await http('POST', `/v1/cases/${c.id}/classification`, 'agent', { category: 'fault-hardware', difficulty: 'difficult', priority: 'P1', reason: 'The controller board is dead: the line is down', version: c.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ category: 'fault-hardware', difficulty: 'difficult', priority: 'P1', serviceMode: 'on-site', version: c.version + 1 });

    const reclassified = await events.waitFor((e) => e.type === CaseReclassifiedV1.subject && e.subject === c.id);
    expect(reclassified.data).toEqual({
      caseId: c.id,
      caseNumber: c.caseNumber,
      from: { category: 'consultation', difficulty: null, priority: 'P4' },
      to: { category: 'fault-hardware', difficulty: 'difficult', priority: 'P1' },
      reason: 'The controller board is dead: the line is down',
      serviceMode: 'on-site',
      dispatchRequested: true,
      reclassifiedBy: 'user:agent-1',
      reclassifiedAt: sh('2026-11-23T10:20:00').toISOString(),
    });
    const requested = await events.waitFor((e) => e.type === CaseDispatchRequestedV1.subject && e.subject === c.id);
    expect(requested.data).toMatchObject({ category: 'fault-hardware', priority: 'P1', serviceMode: 'on-site', inWarranty: true });
    const priority = await events.waitFor((e) => e.type === CasePriorityChangedV1.subject && e.subject === c.id);
    expect(priority.data).toMatchObject({ from: 'P4', to: 'P1' });

    const clocks = Object.fromEntries((await clocksOf(c.id)).map((k) => [k.clock, k]));
    // P1 from the mail's arrival, 7x24: the diagnosis hour ends at 11:00; nothing was met by the reclassification.
    expect(clocks.diagnosis).toMatchObject({ state: 'running', targetMinutes: 60, dueAt: sh('2026-11-23T11:00:00').toISOString() });
    expect(clocks.response).toMatchObject({ state: 'running', targetMinutes: 60, dueAt: sh('2026-11-23T11:00:00').toISOString() });
    expect(clocks['on-site-arrangement']).toMatchObject({ state: 'running', dueAt: sh('2026-11-24T10:20:00').toISOString() });
    expect(clocks.diagnosis.ledger.map((l) => [l.kind, l.detail?.reason ?? null])).toEqual([
      ['started', null],
      ['recomputed', 'reclassified'],
    ]);
    const log = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.find((a: { kind: string }) => a.kind === 'reclassified');
    expect(log).toMatchObject({ visibility: 'internal', actor: 'user:agent-1', detail: { reason: 'The controller board is dead: the line is down', dispatchRequested: true } });
  });

  it('marks a case difficult without changing its category; a second dispatch is never requested', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await mailedQuestion();
    const hard = await http('POST', `/v1/cases/${c.id}/classification`, 'agent', { category: 'fault-hardware', reason: 'a fault after all', version: c.version });
    expect(hard.body).toMatchObject({ serviceMode: 'on-site', priority: 'P4' });
    const res = await http('POST', `/v1/cases/${c.id}/classification`, 'expert', { category: 'fault-hardware', difficulty: 'difficult', reason: 'needs the technical center', version: hard.body.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ category: 'fault-hardware', difficulty: 'difficult' });
    const second = await events.waitFor((e) => e.type === CaseReclassifiedV1.subject && e.subject === c.id && (e.data as { to: { difficulty: string } }).to.difficulty === 'difficult');
    expect(second.data).toMatchObject({ dispatchRequested: false });
    const requests = await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2`, [CaseDispatchRequestedV1.subject, c.id]);
    expect(requests[0].n).toBe(1);
  });

  it('refuses an unknown category, no reason, nothing to change, a stale version or a customer, with problem+json, and changes nothing', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await mailedQuestion();
    const snapshot = () =>
      t.query(`SELECT (SELECT row_to_json(x) FROM cases x WHERE x.id = $1) AS c, (SELECT count(*) FROM messaging_outbox) AS o, (SELECT count(*) FROM case_activity WHERE case_id = $1) AS a, (SELECT count(*) FROM sla_ledger) AS l`, [c.id]);
    const before = await snapshot();
    const attempts: [string, object, number][] = [
      ['agent', { category: 'hardware', reason: 'x', version: c.version }, 400],
      ['agent', { category: 'fault-hardware', version: c.version }, 400],
      ['agent', { category: 'fault-hardware', difficulty: 'hard', reason: 'x', version: c.version }, 400],
      ['agent', { category: 'consultation', priority: 'P4', reason: 'no change', version: c.version }, 422],
      ['agent', { category: 'fault-hardware', reason: 'x', version: c.version - 1 }, 409],
      ['customer', { category: 'fault-hardware', reason: 'x', version: c.version }, 403],
    ];
    for (const [role, body, status] of attempts) {
      const res = await http('POST', `/v1/cases/${c.id}/classification`, role as 'agent', body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await http('POST', `/v1/cases/${randomUUID()}/classification`, 'agent', { category: 'fault-hardware', reason: 'x', version: 1 })).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});
