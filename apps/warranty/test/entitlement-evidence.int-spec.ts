/**
 * Issue #4: re-evaluation on new evidence (R-WA-2, R-WA-3, R-WA-4, R-WA-7). The engineer's diagnosis, posted to the
 * decision, turns a free repair into paid service (human damage), a return (DOA) or a replacement (the same fault
 * back after three repairs), and entitlement.changed.v1 says so; the same evidence again changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { WorkOrderDiagnosedV1 } from '@aftersales/contracts-dispatch';
import { EntitlementChangedV1, EntitlementChangedV1Data, EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate() as string;

describe('warranty: re-evaluation on new evidence', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  const http = async (method: 'GET' | 'POST', url: string, payload?: object, role: Role = 'engineer') => {
    const res = await t.http(method, url, { token: await t.token(role), body: payload });
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  };
  const openCase = async (serialNumber: string, category: 'fault-hardware' | 'return-exchange' = 'fault-hardware') => {
    const caseId = uuidv7();
    await t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      data: {
        caseId,
        caseNumber: 'CS-20261123-000001',
        channel: 'hotline',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber,
        purchaseDate: null,
        category,
        priority: 'P2',
        symptoms: 'Powers off under load',
        openedAt: new Date().toISOString(),
      },
    });
    const e = (await events.waitFor((x) => x.type === EntitlementDeterminedV1.subject && (x.data as EntitlementDeterminedV1Data).caseId === caseId)) as EventEnvelope<EntitlementDeterminedV1Data>;
    return e.data;
  };
  const diagnosis = (cause: string, over: Record<string, unknown> = {}) => ({
    diagnosis: { faultCode: 'PSU-FAIL', cause, diagnosedAt: new Date().toISOString(), workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1', ...over },
  });
  const changedEvents = (decisionId: string) => events.all().filter((e) => e.type === EntitlementChangedV1.subject && (e.data as EntitlementChangedV1Data).decisionId === decisionId);
  const outboxRows = async (decisionId: string) =>
    ((await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'decisionId' = $2`, [EntitlementChangedV1.subject, decisionId])) as { n: number }[])[0].n;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE }, streams: ['intake', 'dispatch'] });
    events = await t.events();
    const model = { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } };
    expect((await http('POST', '/v1/product-models', model, 'admin')).status).toBe(201);
    for (const [serialNumber, days] of [['SN-EV-1', 60], ['SN-EV-2', 200], ['SN-EV-3', 30], ['SN-EV-4', 5]] as const) {
      expect((await http('POST', '/v1/units', { serialNumber, productModel: 'PX-2000', purchaseDate: daysAgo(days), proofType: 'warranty-card' }, 'admin')).status).toBe(201);
    }
  });

  afterAll(() => t?.close());

  it('turns a free repair into paid service when the diagnosis finds human damage, and says so once', async () => {
    const opened = await openCase('SN-EV-1');
    expect(opened).toMatchObject({ inWarranty: true, remedy: 'free-repair' });

    const res = await http('POST', `/v1/entitlement-decisions/${opened.decisionId}/evidence`, diagnosis('human-damage'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      changed: true,
      decision: { id: opened.decisionId, inWarranty: false, remedy: 'paid-service', version: 2, allowedServiceModes: ['phone', 'remote', 'paid-service', 'carry-in'], diagnosis: { cause: 'human-damage' } },
    });
    expect(res.body.decision.rules.find((r: { rule: string }) => r.rule === 'R-WA-2')).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('found human damage') });

    const changed = (await events.waitFor((e) => e.type === EntitlementChangedV1.subject && (e.data as EntitlementChangedV1Data).decisionId === opened.decisionId)) as EventEnvelope<EntitlementChangedV1Data>;
    expect(changed).toMatchObject({ source: 'warranty', subject: opened.decisionId, sequence: 2 });
    expect(changed.data).toMatchObject({
      caseId: opened.caseId,
      previous: { inWarranty: true, remedy: 'free-repair' },
      current: { inWarranty: false, remedy: 'paid-service', coverage: { parts: false, labour: false, onSite: false, travel: false } },
      reason: expect.stringMatching(/^R-WA-2: .*human damage/),
      evidence: { faultCode: 'PSU-FAIL', cause: 'human-damage', defectiveOnArrival: false, workOrderId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1' },
    });

    // The same evidence again: re-evaluated, nothing changed, no second event.
    const again = await http('POST', `/v1/entitlement-decisions/${opened.decisionId}/evidence`, diagnosis('human-damage'));
    expect(again.body).toMatchObject({ changed: false, decision: { remedy: 'paid-service', version: 3 } });
    expect(await outboxRows(opened.decisionId)).toBe(1);
    const stored = await http('GET', `/v1/entitlement-decisions/${opened.decisionId}`, undefined, 'agent');
    expect(stored.body).toMatchObject({ inWarranty: false, remedy: 'paid-service', diagnosis: { faultCode: 'PSU-FAIL' } });
  });

  it('takes the engineer’s diagnosis from dispatch’s work-order.diagnosed event the same way (R-WA-2)', async () => {
    const opened = await openCase('SN-EV-3');
    expect(opened).toMatchObject({ inWarranty: true, remedy: 'free-repair' });
    const workOrderId = randomUUID();
    await t.publish(WorkOrderDiagnosedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261123-000077',
        caseId: opened.caseId,
        visitId: randomUUID(),
        engineerId: randomUUID(),
        serialNumber: 'SN-EV-3',
        diagnosis: 'Housing cracked, liquid inside: dropped in water',
        faultCode: 'WATER-INGRESS',
        cause: 'accidental-damage',
        defectiveOnArrival: false,
        diagnosedAt: new Date().toISOString(),
      },
    });
    const changed = (await events.waitFor((e) => e.type === EntitlementChangedV1.subject && (e.data as EntitlementChangedV1Data).decisionId === opened.decisionId)) as EventEnvelope<EntitlementChangedV1Data>;
    expect(changed.data).toMatchObject({
      previous: { inWarranty: true, remedy: 'free-repair' },
      current: { inWarranty: false, remedy: 'paid-service' },
      evidence: { faultCode: 'WATER-INGRESS', cause: 'accidental-damage', workOrderId },
    });
  });

  it('keeps the free repair when the diagnosis finds a product defect, without an event', async () => {
    const opened = await openCase('SN-EV-1');
    const res = await http('POST', `/v1/entitlement-decisions/${opened.decisionId}/evidence`, diagnosis('product-defect', { faultCode: 'FAN-NOISE' }));
    expect(res.body).toMatchObject({ changed: false, decision: { inWarranty: true, remedy: 'free-repair' } });
    expect(await outboxRows(opened.decisionId)).toBe(0);
  });

  it('repairs the same fault three times, and replaces the unit when it comes back after the third repair (R-WA-4)', async () => {
    const remedies: string[] = [];
    const repairedCases: string[] = [];
    for (let i = 0; i < 4; i++) {
      const opened = await openCase('SN-EV-2');
      const res = await http('POST', `/v1/entitlement-decisions/${opened.decisionId}/evidence`, diagnosis('product-defect', { faultCode: 'BOARD-DEAD' }));
      remedies.push(res.body.decision.remedy);
      if (i === 2) {
        // The third repair is still a repair (issue #15: the old reading replaced here).
        expect(res.body.decision.rules.find((r: { rule: string }) => r.rule === 'R-WA-4')).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('this is repair 3') });
      }
      if (i === 3) {
        expect(res.body.changed).toBe(true);
        const rule = res.body.decision.rules.find((r: { rule: string }) => r.rule === 'R-WA-4');
        expect(rule).toMatchObject({ outcome: 'passed', detail: expect.stringContaining('came back after 3 repairs') });
        // The decision names the three repairs it counted.
        for (const caseId of repairedCases) expect(rule.detail).toContain(`case ${caseId}`);
        const changed = (await events.waitFor((e) => e.type === EntitlementChangedV1.subject && (e.data as EntitlementChangedV1Data).decisionId === opened.decisionId)) as EventEnvelope<EntitlementChangedV1Data>;
        expect(changed.data).toMatchObject({ current: { remedy: 'replacement' }, reason: expect.stringMatching(/^R-WA-4: /) });
      }
      repairedCases.push(opened.caseId);
    }
    expect(remedies).toEqual(['free-repair', 'free-repair', 'free-repair', 'replacement']);
  });

  it('returns or exchanges a defective-on-arrival unit, and a return case within 7 days after inspection (R-WA-3)', async () => {
    const doa = await openCase('SN-EV-3');
    const res = await http('POST', `/v1/entitlement-decisions/${doa.decisionId}/evidence`, diagnosis('product-defect', { defectiveOnArrival: true }));
    expect(res.body).toMatchObject({ changed: true, decision: { remedy: 'return-or-exchange' } });
    expect(res.body.decision.allowedServiceModes).toContain('return-exchange');

    const returned = await openCase('SN-EV-4', 'return-exchange');
    expect(returned.remedy).toBe('return-or-exchange');
    const inspected = await http('POST', `/v1/entitlement-decisions/${returned.decisionId}/evidence`, { returnRequest: { reason: 'quality-problem', complete: false } });
    expect(inspected.body).toMatchObject({ changed: true, decision: { remedy: 'free-repair' } });
    expect(inspected.body.decision.rules.find((r: { rule: string }) => r.rule === 'R-WA-3')).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('not complete') });
  });

  it('refuses bad evidence with a problem and changes nothing', async () => {
    const opened = await openCase('SN-EV-1');
    const url = `/v1/entitlement-decisions/${opened.decisionId}/evidence`;
    const refusals: [string, object, number, Role?][] = [
      [`/v1/entitlement-decisions/${randomUUID()}/evidence`, diagnosis('human-damage'), 404],
      ['/v1/entitlement-decisions/not-a-uuid/evidence', diagnosis('human-damage'), 400],
      [url, {}, 400],
      [url, diagnosis('dropped-it'), 400],
      [url, diagnosis('human-damage', { diagnosedAt: 'yesterday' }), 400],
      [url, diagnosis('human-damage', { faultCode: '' }), 400],
      [url, { ...diagnosis('human-damage'), price: 1 }, 400],
      [url, { returnRequest: { reason: 'changed-mind', complete: true } }, 400],
      [url, diagnosis('human-damage'), 403, 'customer'],
      [url, diagnosis('human-damage'), 403, 'agent'],
    ];
    for (const [path, payload, status, role] of refusals) {
      const res = await http('POST', path, payload, role);
      expect({ path, payload, status: res.status }).toEqual({ path, payload, status });
      expect(res.contentType).toMatch(/^application\/problem\+json/);
    }
    const stored = await http('GET', `/v1/entitlement-decisions/${opened.decisionId}`, undefined, 'agent');
    expect(stored.body).toMatchObject({ version: 1, remedy: 'free-repair', diagnosis: null });
    expect(await outboxRows(opened.decisionId)).toBe(0);
    expect(changedEvents(opened.decisionId)).toEqual([]);
    expect(((await t.query(`SELECT count(*)::int AS n FROM unit_repairs WHERE case_id = $1`, [opened.caseId])) as { n: number }[])[0].n).toBe(0);
  });
});
