/**
 * Issue #4: paid service (R-DS-7). Quotes for paid service are parts + labour (+ travel) less a bought service package,
 * in integer minor units with the currency; free repairs are claimed on warranty and approved or rejected with a reason.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { ClaimDecidedV1, ClaimDecidedV1Data, EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate() as string;

describe('warranty: paid service quotes and warranty claims (R-DS-7)', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  let paid: EntitlementDeterminedV1Data;
  let free: EntitlementDeterminedV1Data;
  let free2: EntitlementDeterminedV1Data;
  const http = async (method: 'GET' | 'POST', url: string, payload?: object, role: Role = 'admin') => {
    const res = await t.http(method, url, { token: await t.token(role), body: payload });
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  };
  const openCase = async (serialNumber: string) => {
    const caseId = uuidv7();
    await t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      data: { caseId, caseNumber: 'CS-1', channel: 'hotline', customerId: randomUUID(), productModel: 'PX-2000', serialNumber, purchaseDate: null, category: 'fault-hardware', priority: 'P3', symptoms: 'Noise', openedAt: new Date().toISOString() },
    });
    return ((await events.waitFor((e) => e.type === EntitlementDeterminedV1.subject && (e.data as EntitlementDeterminedV1Data).caseId === caseId)) as EventEnvelope<EntitlementDeterminedV1Data>).data;
  };
  const count = async (table: string) => ((await t.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;
  const expectRefused = async (url: string, cases: [object, number, string?, Role?][], table: string) => {
    const before = await count(table);
    for (const [payload, status, code, role] of cases) {
      const res = await http('POST', url, payload, role ?? 'admin');
      expect({ payload, status: res.status }).toEqual({ payload, status });
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      if (code) expect(res.body.code).toBe(code);
    }
    expect(await count(table)).toBe(before);
  };
  const priceList = { code: 'CN-2026', currency: 'CNY', labourRatePerHourMinor: 18_000, travelFeeMinor: 15_000, parts: [{ partNumber: 'PSU-500W', unitPriceMinor: 42_000 }, { partNumber: 'FAN-80', unitPriceMinor: 3_550 }] };
  const work = { parts: [{ partNumber: 'PSU-500W', quantity: 1 }], labourMinutes: 90, onSite: true };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE }, streams: ['intake'] });
    events = await t.events();
    expect((await http('POST', '/v1/product-models', { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } })).status).toBe(201);
    for (const [serialNumber, days] of [['SN-OLD', 500], ['SN-NEW', 30], ['SN-NEW-2', 40]] as const) {
      expect((await http('POST', '/v1/units', { serialNumber, productModel: 'PX-2000', purchaseDate: daysAgo(days), proofType: 'invoice' })).status).toBe(201);
    }
    paid = await openCase('SN-OLD');
    free = await openCase('SN-NEW');
    free2 = await openCase('SN-NEW-2');
    expect([paid.remedy, free.remedy, free2.remedy]).toEqual(['paid-service', 'free-repair', 'free-repair']);
  });

  afterAll(() => t?.close());

  it('registers a price list and a service package, refusing bad ones', async () => {
    const created = await http('POST', '/v1/price-lists', priceList);
    expect(created).toMatchObject({ status: 201, body: { code: 'CN-2026', currency: 'CNY', labourRatePerHourMinor: 18_000, parts: { 'PSU-500W': 42_000, 'FAN-80': 3_550 } } });
    expect((await http('GET', '/v1/price-lists/CN-2026', undefined, 'engineer')).body).toEqual(created.body);
    await expectRefused(
      '/v1/price-lists',
      [
        [priceList, 409, 'WARRANTY.PRICE_LIST_EXISTS'],
        [{ ...priceList, code: 'X1', currency: 'cny' }, 400],
        [{ ...priceList, code: 'X1', labourRatePerHourMinor: 180.5 }, 400],
        [{ ...priceList, code: 'X1', travelFeeMinor: -1 }, 400],
        [{ ...priceList, code: 'X1', parts: [priceList.parts[0], priceList.parts[0]] }, 400],
        [{ ...priceList, code: 'X1', vat: 13 }, 400],
        [{ ...priceList, code: 'X1' }, 403, undefined, 'engineer'],
      ],
      'price_lists',
    );
    const pkg = { packageNumber: 'PK-OLD-1', serialNumber: 'SN-OLD', labourMinutes: 60, travel: true, partsAllowance: { amountMinor: 10_000, currency: 'CNY' }, validFrom: daysAgo(10), validTo: daysAgo(-355) };
    expect((await http('POST', '/v1/service-packages', pkg)).status).toBe(201);
    expect((await http('POST', '/v1/service-packages', { ...pkg, packageNumber: 'PK-EXPIRED', validFrom: daysAgo(400), validTo: daysAgo(35) })).status).toBe(201);
    expect((await http('POST', '/v1/service-packages', { ...pkg, packageNumber: 'PK-NEW', serialNumber: 'SN-NEW' })).status).toBe(201);
    await expectRefused(
      '/v1/service-packages',
      [
        [pkg, 409, 'WARRANTY.PACKAGE_EXISTS'],
        [{ ...pkg, packageNumber: 'PK-X', serialNumber: 'SN-NOWHERE' }, 422, 'WARRANTY.UNKNOWN_UNIT'],
        [{ ...pkg, packageNumber: 'PK-X', validTo: daysAgo(20) }, 400],
        [{ ...pkg, packageNumber: 'PK-X', labourMinutes: -5 }, 400],
        [{ ...pkg, packageNumber: 'PK-X' }, 403, undefined, 'agent'],
      ],
      'service_packages',
    );
  });

  it('quotes paid service: parts + labour + travel, less the package, in fen', async () => {
    const plain = await http('POST', '/v1/quotes', { decisionId: paid.decisionId, priceListCode: 'CN-2026', ...work }, 'engineer');
    expect(plain.status).toBe(201);
    expect(plain.body).toMatchObject({ caseId: paid.caseId, currency: 'CNY', subtotalMinor: 42_000 + 27_000 + 15_000, deductions: [], totalMinor: 84_000 });
    expect(plain.body.lines.map((l: { kind: string; amountMinor: number }) => [l.kind, l.amountMinor])).toEqual([
      ['part', 42_000],
      ['labour', 27_000],
      ['travel', 15_000],
    ]);
    // Why it is paid: the decision's failed period rule, then the fee.
    expect(plain.body.rules[0]).toMatchObject({ rule: 'R-WA-1', outcome: 'failed' });

    const packaged = await http('POST', '/v1/quotes', { decisionId: paid.decisionId, priceListCode: 'CN-2026', packageNumber: 'PK-OLD-1', ...work }, 'agent');
    expect(packaged.body).toMatchObject({ packageNumber: 'PK-OLD-1', subtotalMinor: 84_000, totalMinor: 84_000 - 10_000 - 18_000 - 15_000 });
    expect(packaged.body.deductions.map((d: { kind: string; amountMinor: number }) => [d.kind, d.amountMinor])).toEqual([
      ['part', 10_000],
      ['labour', 18_000],
      ['travel', 15_000],
    ]);
    expect((await http('GET', `/v1/quotes/${packaged.body.id}`, undefined, 'manager')).body).toEqual(packaged.body);
  });

  it('refuses quotes for free service, unknown parts, packages that do not apply and bad requests', async () => {
    const q = (over: object) => ({ decisionId: paid.decisionId, priceListCode: 'CN-2026', ...work, ...over });
    await expectRefused(
      '/v1/quotes',
      [
        [q({ decisionId: free.decisionId }), 422, 'WARRANTY.NOT_PAID_SERVICE'],
        [q({ decisionId: randomUUID() }), 404, 'WARRANTY.DECISION_NOT_FOUND'],
        [q({ priceListCode: 'NOPE' }), 404, 'WARRANTY.PRICE_LIST_NOT_FOUND'],
        [q({ parts: [{ partNumber: 'GPU-9', quantity: 1 }] }), 422, 'WARRANTY.UNKNOWN_PART'],
        [q({ packageNumber: 'PK-NEW' }), 422, 'WARRANTY.PACKAGE_NOT_APPLICABLE'],
        [q({ packageNumber: 'PK-EXPIRED' }), 422, 'WARRANTY.PACKAGE_NOT_APPLICABLE'],
        [q({ packageNumber: 'PK-NONE' }), 404, 'WARRANTY.PACKAGE_NOT_FOUND'],
        [q({ labourMinutes: -1 }), 400],
        [q({ parts: [{ partNumber: 'PSU-500W', quantity: 1.5 }] }), 400],
        [q({ decisionId: 'x' }), 400],
        [q({ discount: 10 }), 400],
        [q({}), 403, undefined, 'customer'],
      ],
      'quotes',
    );
  });

  it('claims a free repair on warranty, then approves it once; rejects another with its reason', async () => {
    const claim = await http('POST', '/v1/warranty-claims', { decisionId: free.decisionId, priceListCode: 'CN-2026', ...work }, 'engineer');
    expect(claim).toMatchObject({ status: 201, body: { status: 'submitted', amountMinor: 84_000, currency: 'CNY', caseId: free.caseId, version: 1 } });
    const approved = await http('POST', `/v1/warranty-claims/${claim.body.id}/decision`, { action: 'approve' }, 'manager');
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', reason: null, version: 2 } });
    const again = await http('POST', `/v1/warranty-claims/${claim.body.id}/decision`, { action: 'reject', reason: 'late' }, 'manager');
    expect(again).toMatchObject({ status: 409, body: { code: 'WARRANTY.CLAIM_ALREADY_DECIDED' } });
    expect((await http('GET', `/v1/warranty-claims/${claim.body.id}`)).body).toEqual(approved.body);

    const second = await http('POST', '/v1/warranty-claims', { decisionId: free2.decisionId, priceListCode: 'CN-2026', parts: [], labourMinutes: 30, onSite: false }, 'engineer');
    expect((await http('POST', `/v1/warranty-claims/${second.body.id}/decision`, { action: 'reject' }, 'manager')).status).toBe(400);
    expect((await http('POST', `/v1/warranty-claims/${second.body.id}/decision`, { action: 'approve' }, 'engineer')).status).toBe(403);
    expect((await http('GET', `/v1/warranty-claims/${second.body.id}`)).body).toMatchObject({ status: 'submitted', version: 1 });
    const rejected = await http('POST', `/v1/warranty-claims/${second.body.id}/decision`, { action: 'reject', reason: 'faulty part not returned (R-RMA-3)' }, 'manager');
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'faulty part not returned (R-RMA-3)', amountMinor: 9_000 });

    // Each decision is announced once, for the ERP to book.
    const decided = async (claimId: string) =>
      ((await events.waitFor((e) => e.type === ClaimDecidedV1.subject && (e.data as ClaimDecidedV1Data).claimId === claimId)) as EventEnvelope<ClaimDecidedV1Data>).data;
    expect(await decided(claim.body.id)).toMatchObject({ status: 'approved', reason: null, amountMinor: 84_000, currency: 'CNY', caseId: free.caseId });
    expect(await decided(second.body.id)).toMatchObject({ status: 'rejected', reason: 'faulty part not returned (R-RMA-3)', amountMinor: 9_000 });
    const rows = await t.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1`, [ClaimDecidedV1.subject]);
    expect(rows[0].n).toBe(2);
  });

  it('refuses claims for paid service, a second claim for one decision and bad requests', async () => {
    const c = (over: object) => ({ decisionId: free.decisionId, priceListCode: 'CN-2026', ...work, ...over });
    await expectRefused(
      '/v1/warranty-claims',
      [
        [c({}), 409, 'WARRANTY.CLAIM_EXISTS'],
        [c({ decisionId: paid.decisionId }), 422, 'WARRANTY.NOT_CLAIMABLE'],
        [c({ decisionId: randomUUID() }), 404],
        [c({ onSite: 'yes' }), 400],
        [c({ extra: 1 }), 400],
        [c({}), 403, undefined, 'agent'],
      ],
      'warranty_claims',
    );
    expect((await http('POST', `/v1/warranty-claims/${randomUUID()}/decision`, { action: 'approve' }, 'manager')).status).toBe(404);
    expect((await http('POST', '/v1/warranty-claims/nope/decision', { action: 'approve' }, 'manager')).status).toBe(400);
  });
});
