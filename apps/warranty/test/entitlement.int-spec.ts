/**
 * Issue #2 b: warranty consumes intake's case.opened (played over real NATS), decides the entitlement from the
 * registered unit and its model's policy, stores the explained decision and emits entitlement.determined.v1
 * (R-WA-1, R-WA-5, R-WA-7). A redelivered case.opened decides nothing twice.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1, CaseOpenedV1Data } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate() as string;

describe('warranty: an explained entitlement for every opened case', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;

  const openCase = (over: Partial<CaseOpenedV1Data> = {}, extra: { id?: string; msgId?: string } = {}) => {
    const caseId = over.caseId ?? uuidv7();
    return t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      ...extra,
      data: {
        caseId,
        caseNumber: 'CS-20261123-000001',
        channel: 'hotline',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: 'SN-PX2000-0001',
        purchaseDate: null,
        category: 'fault-hardware',
        priority: 'P2',
        symptoms: 'Powers off under load',
        openedAt: new Date().toISOString(),
        ...over,
      },
    });
  };
  const determinedFor = (caseId: string) =>
    events.waitFor((e) => e.type === EntitlementDeterminedV1.subject && (e.data as EntitlementDeterminedV1Data).caseId === caseId) as Promise<
      EventEnvelope<EntitlementDeterminedV1Data>
    >;
  const count = async (sql: string, params: unknown[]) => ((await t.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE }, streams: ['intake'] });
    events = await t.events();
    // The skeleton's reference data, registered the way an administrator would.
    const admin = await t.token('admin');
    const model = await t.http('POST', '/v1/product-models', { token: admin, body: {
      code: 'PX-2000',
      name: 'PX-2000 industrial printer',
      warrantyMonths: 12,
      startBasis: 'purchase',
      coverage: { parts: true, labour: true, onSite: true, travel: false },
    } });
    expect(model.status).toBe(201);
    for (const unit of [
      { serialNumber: 'SN-PX2000-0001', productModel: 'PX-2000', purchaseDate: daysAgo(60), proofType: 'warranty-card' },
      { serialNumber: 'SN-PX2000-0099', productModel: 'PX-2000', purchaseDate: daysAgo(400), proofType: 'invoice' },
    ]) {
      expect((await t.http('POST', '/v1/units', { token: admin, body: unit })).status).toBe(201);
    }
  });

  afterAll(() => t?.close());

  it('decides a case for the in-warranty unit: covered, on-site allowed, every rule explained, and stores it', async () => {
    const opened = await openCase({ serialNumber: 'SN-PX2000-0001' });
    const determined = await determinedFor(opened.data.caseId);
    const start = daysAgo(60);
    const end = DateTime.fromISO(start).plus({ months: 12 }).minus({ days: 1 }).toISODate();
    expect(determined.data).toMatchObject({
      caseId: opened.data.caseId,
      serialNumber: 'SN-PX2000-0001',
      productModel: 'PX-2000',
      inWarranty: true,
      warrantyStartsOn: start,
      warrantyEndsOn: end,
      coverage: { parts: true, labour: true, onSite: true },
      allowedServiceModes: ['phone', 'remote', 'on-site', 'carry-in', 'mail-in'],
      slaPlanCode: null,
    });
    expect(determined.data.rules).toEqual([
      { rule: 'R-WA-1', outcome: 'passed', detail: 'policy PX-2000: 12 months from purchase, covering parts, labour, on-site' },
      { rule: 'R-WA-5', outcome: 'passed', detail: `registered purchase date ${start} (proof: warranty-card) starts the warranty` },
      { rule: 'R-WA-1', outcome: 'passed', detail: expect.stringContaining(`warranty from ${start} to ${end} inclusive (Asia/Shanghai) covers`) },
      { rule: 'R-WA-6', outcome: 'not-applicable', detail: 'no service contract for this unit' },
      { rule: 'R-WA-2', outcome: 'not-applicable', detail: 'no diagnosis yet: no exclusion found' },
      { rule: 'R-WA-3', outcome: 'not-applicable', detail: 'no return or exchange requested' },
      { rule: 'R-WA-4', outcome: 'not-applicable', detail: 'no diagnosed fault yet: repeat repairs cannot be counted' },
      { rule: 'R-WA-8', outcome: 'not-applicable', detail: expect.any(String) },
    ]);
    expect(determined).toMatchObject({ source: 'warranty', subject: determined.data.decisionId, causationId: opened.id, correlationId: opened.correlationId });

    const stored = await t.http('GET', `/v1/entitlement-decisions?caseId=${opened.data.caseId}`, { token: await t.token('agent') });
    expect(stored.status).toBe(200);
    expect(stored.body.items).toHaveLength(1);
    expect(stored.body.items[0]).toMatchObject({
      id: determined.data.decisionId,
      inWarranty: true,
      rules: determined.data.rules,
      coverage: { parts: true, labour: true, onSite: true, travel: false },
      decidedFor: opened.data.openedAt,
      evidence: { timeZone: ZONE, serialNumber: 'SN-PX2000-0001', unit: { proofType: 'warranty-card', purchaseDate: start }, policy: { modelCode: 'PX-2000' } },
    });
    const one = await t.http('GET', `/v1/entitlement-decisions/${determined.data.decisionId}`, { token: await t.token('engineer') });
    expect(one.body).toEqual(stored.body.items[0]);
  });

  it('decides a case for the unit bought 400 days ago: out of warranty, paid service, with the failed rule', async () => {
    const opened = await openCase({ serialNumber: 'SN-PX2000-0099' });
    const determined = await determinedFor(opened.data.caseId);
    expect(determined.data).toMatchObject({
      inWarranty: false,
      warrantyStartsOn: daysAgo(400),
      coverage: { parts: false, labour: false, onSite: false },
      allowedServiceModes: ['phone', 'remote', 'paid-service', 'carry-in'],
    });
    expect(determined.data.rules.map((r) => [r.rule, r.outcome])).toEqual([
      ['R-WA-1', 'passed'],
      ['R-WA-5', 'passed'],
      ['R-WA-1', 'failed'],
      ['R-WA-6', 'not-applicable'],
      ['R-WA-2', 'not-applicable'],
      ['R-WA-3', 'not-applicable'],
      ['R-WA-4', 'not-applicable'],
      ['R-WA-8', 'not-applicable'],
    ]);
    expect(determined.data.rules[2].detail).toContain(`ended before ${daysAgo(0)}`);
  });

  it('decides an unregistered serial from the purchase date on the case, and an unknown model as out of warranty with the reason', async () => {
    const reported = await openCase({ serialNumber: 'SN-NOT-REGISTERED', purchaseDate: daysAgo(30) });
    const fromCase = await determinedFor(reported.data.caseId);
    expect(fromCase.data).toMatchObject({ inWarranty: true, productModel: 'PX-2000', warrantyStartsOn: daysAgo(30) });
    expect(fromCase.data.rules[1].detail).toContain('as reported on the case');

    const unknown = await openCase({ serialNumber: 'SN-ZZ9-1', productModel: 'ZZ-9', purchaseDate: daysAgo(30) });
    const noPolicy = await determinedFor(unknown.data.caseId);
    expect(noPolicy.data).toMatchObject({ inWarranty: false, productModel: 'ZZ-9', warrantyStartsOn: null, warrantyEndsOn: null });
    expect(noPolicy.data.rules[0]).toEqual({ rule: 'R-WA-1', outcome: 'failed', detail: 'product model ZZ-9 is not known: no warranty policy applies' });
  });

  it('decides a redelivered case.opened once: one stored decision, one event', async () => {
    const opened = await openCase();
    const first = await determinedFor(opened.data.caseId);
    // The same event again (stopped by the inbox), and the same case re-published under a new event id (by the handler).
    await openCase(opened.data, { id: opened.id, msgId: randomUUID() });
    await openCase(opened.data);
    // Messages on one consumer are handled in order: once this later case is decided, the copies were handled.
    const sentinel = await openCase();
    await determinedFor(sentinel.data.caseId);
    expect(await count(`SELECT count(*)::int AS n FROM entitlement_decisions WHERE case_id = $1`, [opened.data.caseId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->'data'->>'caseId' = $1`, [opened.data.caseId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1`, [opened.id])).toBe(1);
    // Both copies were handled cleanly: one stopped by the inbox, none failing into retries or dead letters.
    const metrics = (await t.inject('GET', '/metrics')).body;
    const consumer = `consumer="${t.ns}_warranty__determine-entitlement"`;
    expect(metrics).toMatch(new RegExp(`messaging_consumer_processed_total\\{${consumer},outcome="duplicate"\\} 1\\n`));
    expect(metrics).not.toContain(`messaging_consumer_processed_total{${consumer},outcome="retry"}`);
    expect(await count(`SELECT count(*)::int AS n FROM messaging_dead_letter`, [])).toBe(0);
    const copies = events.all().filter((e) => e.type === EntitlementDeterminedV1.subject && (e.data as EntitlementDeterminedV1Data).caseId === opened.data.caseId);
    expect(copies.map((e) => e.id)).toEqual([first.id]);
  });

  describe('GET /v1/entitlements (computed now, not stored)', () => {
    const check = async (query: string) => t.http('GET', `/v1/entitlements?${query}`, { token: await t.token('agent') });

    it('explains the in-warranty unit now, and the same unit on the day after its last covered day', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM entitlement_decisions`, []);
      const now = await check('serial=SN-PX2000-0001');
      expect(now.status).toBe(200);
      expect(now.body).toMatchObject({ serialNumber: 'SN-PX2000-0001', productModel: 'PX-2000', inWarranty: true, decidedFor: daysAgo(0), timeZone: ZONE });
      expect(now.body.rules).toHaveLength(8);
      const lastDay = now.body.warrantyEndsOn as string;
      const dayAfter = DateTime.fromISO(lastDay).plus({ days: 1 }).toISODate();
      expect((await check(`serial=SN-PX2000-0001&at=${lastDay}`)).body.inWarranty).toBe(true);
      const after = await check(`serial=SN-PX2000-0001&at=${dayAfter}`);
      expect(after.body).toMatchObject({ inWarranty: false, decidedFor: dayAfter });
      // 00:00 in Shanghai on the day after is still the last day in UTC: the zone decides.
      const midnight = DateTime.fromISO(`${dayAfter}T00:00:00`, { zone: ZONE }).toUTC().toISO() as string;
      expect((await check(`serial=SN-PX2000-0001&at=${encodeURIComponent(midnight)}`)).body.inWarranty).toBe(false);
      expect(await count(`SELECT count(*)::int AS n FROM entitlement_decisions`, [])).toBe(before);
    });

    it('answers an unknown serial with the reason, and refuses customers and bad queries', async () => {
      const unknown = await check('serial=SN-NOWHERE');
      expect(unknown.status).toBe(200);
      expect(unknown.body).toMatchObject({ inWarranty: false, productModel: null });
      expect(unknown.body.rules[0]).toMatchObject({ rule: 'R-WA-1', outcome: 'failed' });
      expect((await check('serial=SN-NOWHERE&productModel=PX-2000&purchaseDate=' + daysAgo(10))).body.inWarranty).toBe(true);
      expect((await t.http('GET', '/v1/entitlements?serial=SN-PX2000-0001', { token: await t.token('customer', { customerId: randomUUID() }) })).status).toBe(403);
      expect((await check('at=2026-01-01')).status).toBe(400);
      expect((await check('serial=SN-PX2000-0001&at=yesterday')).status).toBe(400);
      expect((await check('serial=SN-PX2000-0001&discount=1')).status).toBe(400);
    });
  });
});
