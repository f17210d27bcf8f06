/**
 * Issue #15: a clock a plan change takes away (the standard diagnosis clock when a premium 7x24 contract becomes
 * known, R-SLA-1) is shown and stored as withdrawn: neither met nor breached, and it raises nothing afterwards.
 * Real PostgreSQL and NATS, a manual clock; a P3 case opened Monday 10:00 (Asia/Shanghai).
 */
import { v7 as uuidv7 } from 'uuid';
import { SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { ServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { inWarrantyDecision, intakeCaseHelpers, startIntakeOnClock } from './intake-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('intake: a clock withdrawn by a plan change is withdrawn, never met (issue #15)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;
  let customerId: string;

  const { http, openCase, getCase, fire } = intakeCaseHelpers(() => t, () => customerId, 'P3');
  const storedStates = async (caseId: string) =>
    Object.fromEntries((await t.query(`SELECT clock, state FROM sla_clock WHERE case_id = $1`, [caseId])).map((r: { clock: string; state: string }) => [r.clock, r.state]));
  /** Warranty decides: in warranty under a premium 7x24 contract (R-SLA-1), which has no diagnosis clock. */
  const warrantyDecides = async (caseId: string) => {
    await t.publish(EntitlementDeterminedV1, { aggregateId: uuidv7(), data: inWarrantyDecision(caseId, clock.now(), { slaPlanCode: 'premium-7x24', rules: [{ rule: 'R-WA-6', outcome: 'passed', detail: 'premium 7x24 contract' }] }) });
    await waitFor(async () => (await getCase(caseId)).status === 'in-progress', { what: 'warranty’s decision recorded' });
  };

  beforeAll(async () => {
    ({ t, customerId } = await startIntakeOnClock(clock, 'intake-withdrawn'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the premium contract has no diagnosis clock: the standard one shows as withdrawn, is stored as withdrawn, and never warns or breaches', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    clock.set(sh('2026-11-23T10:05:00'));
    await warrantyDecides(c.id);
    await waitFor(async () => (await http('GET', `/v1/cases/${c.id}/clocks`, 'agent')).body.clocks.some((x: { planCode: string }) => x.planCode === 'premium-7x24'), { what: 'the premium plan adopted' });
    const view = (await http('GET', `/v1/cases/${c.id}/clocks`, 'agent')).body;
    const diagnosis = view.clocks.find((x: { clock: string }) => x.clock === 'diagnosis');
    expect(diagnosis).toMatchObject({ state: 'withdrawn', stoppedBy: 'plan-changed', stoppedAt: sh('2026-11-23T10:05:00').toISOString(), nextSteps: [] });
    expect(diagnosis.why).toContain('Withdrawn');
    expect(diagnosis.ledger.map((l: { kind: string }) => l.kind)).toEqual(['started', 'withdrawn']);
    // Counted as withdrawn: no clock of this case is met, nobody has answered or fixed anything yet.
    expect(await storedStates(c.id)).toEqual({ diagnosis: 'withdrawn', response: 'running', 'on-site': 'running', resolution: 'running' });

    // The standard P3 diagnosis would have warned at 75 % of 24 working hours and breached on Thursday 10:00.
    clock.set(sh('2026-11-30T10:00:00'));
    await fire();
    const diagnosisEvents = Number(
      (await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' IN ($1, $2) AND envelope->'data'->>'caseId' = $3 AND envelope->'data'->>'clock' = 'diagnosis'`, [SlaWarningV1.subject, SlaBreachedV1.subject, c.id]))[0].n,
    );
    expect(diagnosisEvents).toBe(0);
    expect((await storedStates(c.id)).diagnosis).toBe('withdrawn');
  });
});
