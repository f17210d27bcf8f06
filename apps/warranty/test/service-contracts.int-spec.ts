/**
 * Issue #4: service contracts and extended warranties (R-WA-6). A contract in force covers a unit after its product
 * warranty, and its SLA plan code and service modes reach intake on entitlement.determined.v1.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const today = () => DateTime.now().setZone(ZONE);
const day = (d: DateTime) => d.toISODate() as string;

describe('warranty: service contracts (R-WA-6)', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  const http = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}, role: Role = 'admin') => {
    const res = await t.http(method, url, { token: await t.token(role), body: payload, headers });
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  };
  // Bought 400 days ago: the 12-month product warranty is over; the extended warranty runs from its end for 2 years.
  const bought = day(today().minus({ days: 400 }));
  const extendedFrom = day(DateTime.fromISO(bought).plus({ months: 12 }));
  const extendedTo = day(DateTime.fromISO(extendedFrom).plus({ years: 2 }).minus({ days: 1 }));
  const premium = (over: Record<string, unknown> = {}) => ({
    contractNumber: 'SC-2026-0042',
    serialNumber: 'SN-EXT-1',
    tier: '7x24',
    targets: { responseMinutes: 10, onSiteMinutes: 120, fixMinutes: 180 },
    coverage: { parts: true, labour: true, onSite: true, travel: true },
    startsOn: extendedFrom,
    endsOn: extendedTo,
    price: { amountMinor: 1_280_000, currency: 'CNY' },
    ...over,
  });
  const contracts = async () => ((await t.query(`SELECT count(*)::int AS n FROM service_contracts`)) as { n: number }[])[0].n;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE }, streams: ['intake'] });
    events = await t.events();
    const model = { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: false, travel: false } };
    expect((await http('POST', '/v1/product-models', model)).status).toBe(201);
    for (const serialNumber of ['SN-EXT-1', 'SN-EXT-2']) {
      expect((await http('POST', '/v1/units', { serialNumber, productModel: 'PX-2000', purchaseDate: bought, proofType: 'warranty-card' })).status).toBe(201);
    }
  });

  afterAll(() => t?.close());

  it('registers a premium 7x24 extended warranty with the plan intake knows, once per contract number', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const created = await http('POST', '/v1/service-contracts', premium(), key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ contractNumber: 'SC-2026-0042', tier: '7x24', slaPlanCode: 'premium-7x24', startsOn: extendedFrom, endsOn: extendedTo, price: { amountMinor: 1_280_000, currency: 'CNY' } });
    expect((await http('POST', '/v1/service-contracts', premium(), key)).body).toEqual(created.body);
    expect((await http('GET', `/v1/service-contracts/${created.body.id}`, undefined, {}, 'agent')).body).toEqual(created.body);
    expect((await http('GET', '/v1/service-contracts?serialNumber=SN-EXT-1', undefined, {}, 'agent')).body.items).toEqual([created.body]);
    expect((await http('GET', `/v1/service-contracts/${randomUUID()}`)).status).toBe(404);
  });

  it('covers the unit within the term after the product warranty, with the contract`s plan and modes, and not the day after', async () => {
    const check = async (at: string) => (await http('GET', `/v1/entitlements?serial=SN-EXT-1&at=${at}`, undefined, {}, 'agent')).body;
    const inTerm = await check(day(today()));
    expect(inTerm).toMatchObject({ inWarranty: true, remedy: 'free-repair', slaPlanCode: 'premium-7x24', freeSoftwareUpgrades: true, contract: { contractNumber: 'SC-2026-0042', tier: '7x24' } });
    expect(inTerm.allowedServiceModes).toEqual(['phone', 'remote', 'on-site', 'carry-in', 'mail-in']);
    expect(inTerm.rules.find((r: { rule: string }) => r.rule === 'R-WA-6')).toMatchObject({ outcome: 'passed' });
    expect((await check(extendedTo)).inWarranty).toBe(true);
    expect(await check(day(DateTime.fromISO(extendedTo).plus({ days: 1 })))).toMatchObject({ inWarranty: false, slaPlanCode: null, remedy: 'paid-service' });
    // The unit without a contract is out of warranty today.
    expect((await http('GET', '/v1/entitlements?serial=SN-EXT-2', undefined, {}, 'agent')).body).toMatchObject({ inWarranty: false, slaPlanCode: null });
  });

  it('tells intake the contract`s SLA plan code and the allowed modes on entitlement.determined.v1', async () => {
    const caseId = uuidv7();
    await t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      data: {
        caseId,
        caseNumber: 'CS-20261123-000042',
        channel: 'hotline',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: 'SN-EXT-1',
        purchaseDate: null,
        category: 'fault-hardware',
        priority: 'P1',
        symptoms: 'Dead',
        openedAt: new Date().toISOString(),
      },
    });
    const determined = (await events.waitFor((e) => e.type === EntitlementDeterminedV1.subject && (e.data as EntitlementDeterminedV1Data).caseId === caseId)) as EventEnvelope<EntitlementDeterminedV1Data>;
    const contract = (await http('GET', '/v1/service-contracts?serialNumber=SN-EXT-1')).body.items[0];
    expect(determined.data).toMatchObject({
      inWarranty: true,
      remedy: 'free-repair',
      slaPlanCode: 'premium-7x24',
      contractId: contract.id,
      allowedServiceModes: ['phone', 'remote', 'on-site', 'carry-in', 'mail-in'],
      coverage: { parts: true, labour: true, onSite: true },
    });
    const stored = (await http('GET', `/v1/entitlement-decisions?caseId=${caseId}`, undefined, {}, 'agent')).body.items[0];
    expect(stored).toMatchObject({ slaPlanCode: 'premium-7x24', contractId: contract.id, remedy: 'free-repair' });
  });

  it('defaults a 5x8 contract to the standard plan', async () => {
    const created = await http('POST', '/v1/service-contracts', premium({ contractNumber: 'SC-5X8-1', serialNumber: 'SN-EXT-2', tier: '5x8', targets: { responseMinutes: 60, onSiteMinutes: 1440 } }));
    expect(created).toMatchObject({ status: 201, body: { slaPlanCode: 'standard', targets: { fixMinutes: null } } });
  });

  it('refuses bad contracts with a problem and registers nothing', async () => {
    const before = await contracts();
    const refusals: [object, number, string?, Role?][] = [
      [premium({ contractNumber: 'SC-OVERLAP', startsOn: extendedTo, endsOn: extendedTo }), 409, 'WARRANTY.CONTRACT_OVERLAPS'],
      [premium({ contractNumber: 'SC-2026-0042', serialNumber: 'SN-EXT-2', startsOn: '2040-01-01', endsOn: '2040-12-31' }), 409, 'WARRANTY.CONTRACT_EXISTS'],
      [premium({ contractNumber: 'SC-NOUNIT', serialNumber: 'SN-NOWHERE' }), 422, 'WARRANTY.UNKNOWN_UNIT'],
      [premium({ contractNumber: 'SC-X', startsOn: '2030-01-02', endsOn: '2030-01-01' }), 400],
      [premium({ contractNumber: 'SC-X', tier: '24x7' }), 400],
      // Any plan code of intake's is accepted (issue #15: a contract names any plan); this is no code.
      [premium({ contractNumber: 'SC-X', slaPlanCode: 'Gold plan!' }), 400],
      [premium({ contractNumber: 'SC-X', price: { amountMinor: -1, currency: 'CNY' } }), 400],
      [premium({ contractNumber: 'SC-X', price: { amountMinor: 12.5, currency: 'CNY' } }), 400],
      [premium({ contractNumber: 'SC-X', price: { amountMinor: 100, currency: 'rmb' } }), 400],
      [premium({ contractNumber: 'SC-X', targets: { responseMinutes: 0, onSiteMinutes: 120 } }), 400],
      [premium({ contractNumber: 'SC X' }), 400],
      [{ ...premium({ contractNumber: 'SC-X' }), discount: 1 }, 400],
      [premium({ contractNumber: 'SC-X', startsOn: '2040-01-01', endsOn: '2040-12-31' }), 403, undefined, 'agent'],
    ];
    for (const [payload, status, code, role] of refusals) {
      const res = await http('POST', '/v1/service-contracts', payload, {}, role ?? 'admin');
      expect({ payload, status: res.status }).toEqual({ payload, status });
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      if (code) expect(res.body.code).toBe(code);
    }
    expect(await contracts()).toBe(before);
  });
});
