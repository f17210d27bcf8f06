/**
 * Issue #15, R-WA-6 and R-SLA-5 as a contract manager would say them: "this contract runs on the fault-emergency plan",
 * "this 5x8 contract promises 30 minutes, an engineer within 4 hours and a fix within 8 working hours", and "the PX-EM
 * comes with a 3-year 7x24 hardware warranty". What the contract or the model's policy says reaches intake on
 * entitlement.determined.v1 (slaPlanCode, slaTerms). Real PostgreSQL and NATS.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { EntitlementDeterminedV1, EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const day = (d: DateTime) => d.toISODate() as string;
const today = () => DateTime.now().setZone(ZONE);

describe('warranty: the SLA a contract or a model policy brings (R-WA-6, R-SLA-5, issue #15)', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  const post = async (url: string, body: object) => t.http('POST', url, { token: await t.token('admin'), body, headers: { 'idempotency-key': randomUUID() } });
  const contract = (over: Record<string, unknown>) => ({
    serialNumber: 'SN-SLA-1',
    tier: '5x8',
    targets: { responseMinutes: 60, onSiteMinutes: 480, fixMinutes: null },
    coverage: { parts: true, labour: true, onSite: true, travel: true },
    startsOn: day(today().minus({ days: 10 })),
    endsOn: day(today().plus({ years: 1 })),
    price: { amountMinor: 500_000, currency: 'CNY' },
    ...over,
  });
  /** A case opened for the unit; answers warranty's decision as intake receives it. */
  const decided = async (serialNumber: string, productModel: string) => {
    const caseId = randomUUID();
    await t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      data: { caseId, caseNumber: 'CS-20261123-000077', channel: 'hotline', customerId: randomUUID(), productModel, serialNumber, purchaseDate: null, category: 'fault-hardware', priority: 'P2', symptoms: 'Dead', openedAt: new Date().toISOString() },
    });
    return (await events.waitFor((e) => e.type === EntitlementDeterminedV1.subject && (e.data as EntitlementDeterminedV1Data).caseId === caseId)).data as EntitlementDeterminedV1Data;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE }, streams: ['intake'] });
    events = await t.events();
    const bought = day(today().minus({ days: 100 }));
    expect((await post('/v1/product-models', { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } })).status).toBe(201);
    expect((await post('/v1/product-models', { code: 'PX-EM', name: 'press, 3-year 7x24 hardware warranty', warrantyMonths: 36, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: true }, slaPlanCode: 'emergency-7x24' })).status).toBe(201);
    for (const [serialNumber, productModel] of [
      ['SN-SLA-1', 'PX-2000'],
      ['SN-SLA-2', 'PX-2000'],
      ['SN-SLA-3', 'PX-EM'],
    ]) {
      expect((await post('/v1/units', { serialNumber, productModel, purchaseDate: bought, proofType: 'warranty-card' })).status).toBe(201);
    }
  });
  afterAll(() => t?.close());

  it('a contract naming the fault-emergency plan: the case runs on emergency-7x24', async () => {
    expect((await post('/v1/service-contracts', contract({ contractNumber: 'SC-EM-1', slaPlanCode: 'emergency-7x24' }))).status).toBe(201);
    expect(await decided('SN-SLA-1', 'PX-2000')).toMatchObject({ inWarranty: true, slaPlanCode: 'emergency-7x24', slaTerms: null });
  });

  it("a 5x8 contract with its own terms: 30 minutes to answer, 4 hours to be on site, 8 hours to fix, on business hours", async () => {
    const res = await post('/v1/service-contracts', contract({ contractNumber: 'SC-OWN-1', serialNumber: 'SN-SLA-2', targets: { responseMinutes: 30, onSiteMinutes: 240, fixMinutes: 480, runClocks: true } }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slaPlanCode: 'standard', targets: { responseMinutes: 30, onSiteMinutes: 240, fixMinutes: 480, runClocks: true } });
    expect(await decided('SN-SLA-2', 'PX-2000')).toMatchObject({
      slaPlanCode: 'standard',
      slaTerms: { responseMinutes: 30, onSiteMinutes: 240, fixMinutes: 480, calendar: 'business', calendarId: 'business' },
    });
  });

  it("the model's 3-year 7x24 hardware warranty brings the fault-emergency plan without any contract (R-SLA-5)", async () => {
    expect(await decided('SN-SLA-3', 'PX-EM')).toMatchObject({ inWarranty: true, slaPlanCode: 'emergency-7x24', contractId: null, slaTerms: null });
  });

  it('refuses a plan code or calendar that is not a code, as problem+json, and registers nothing', async () => {
    const before = await t.query(`SELECT (SELECT count(*) FROM service_contracts) AS c, (SELECT count(*) FROM product_models) AS m`);
    for (const [url, body] of [
      ['/v1/service-contracts', contract({ contractNumber: 'SC-BAD-1', serialNumber: 'SN-SLA-3', slaPlanCode: 'Premium Plus!' })],
      ['/v1/service-contracts', contract({ contractNumber: 'SC-BAD-2', serialNumber: 'SN-SLA-3', targets: { responseMinutes: 30, onSiteMinutes: 240, fixMinutes: null, runClocks: true, calendarId: 'Shanghai Office' } })],
      ['/v1/product-models', { code: 'PX-BAD', name: 'x', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: true }, slaPlanCode: '' }],
    ] as const) {
      const res = await post(url, body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await t.query(`SELECT (SELECT count(*) FROM service_contracts) AS c, (SELECT count(*) FROM product_models) AS m`)).toEqual(before);
  });
});
