/** Issue #4 / R-WA-6: a service contract's renewal notice before it expires, once, on a durable timer. */
import { ContractExpiringV1 } from '@aftersales/contracts-warranty';
import { createServiceApp } from '@aftersales/platform-service-defaults';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('warranty: contract expiry notice (R-WA-6)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest;

  const post = (url: string, payload: object) => t.http('POST', url, { as: 'admin', body: payload });
  const contract = (contractNumber: string, serialNumber: string, startsOn: string, endsOn: string) => ({
    contractNumber,
    serialNumber,
    tier: '5x8',
    targets: { responseMinutes: 60, onSiteMinutes: 1440, fixMinutes: null },
    coverage: { parts: true, labour: true, onSite: true, travel: false },
    startsOn,
    endsOn,
    price: { amountMinor: 300_000, currency: 'CNY' },
  });
  const fire = () => t.fireAllDueTimers();
  const notices = async (contractNumber: string) =>
    (await t.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'contractNumber' = $2`, [ContractExpiringV1.subject, contractNumber])).map(
      (r: { envelope: { data: unknown } }) => r.envelope.data,
    );

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: warrantyService,
      appModule: AppModule,
      env: { TIMERS_POLL_INTERVAL_MS: '3600000', CONTRACT_EXPIRY_NOTICE_DAYS: '30' },
      clock,
      streams: ['intake'],
    });
    const model = { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: false, travel: false } };
    expect((await post('/v1/product-models', model)).status).toBe(201);
    for (const serialNumber of ['SN-1', 'SN-2', 'SN-3']) {
      expect((await post('/v1/units', { serialNumber, productModel: 'PX-2000', purchaseDate: '2025-06-01', proofType: 'invoice' })).status).toBe(201);
    }
  });

  afterAll(() => t?.close());

  it('announces the end 30 days ahead at 09:00, once, and a renewal is the next contract', async () => {
    expect((await post('/v1/service-contracts', contract('SC-1', 'SN-1', '2026-06-01', '2027-01-31'))).status).toBe(201);
    clock.set(sh('2027-01-01T08:59:00'));
    await fire();
    expect(await notices('SC-1')).toEqual([]);
    clock.set(sh('2027-01-01T09:00:00'));
    await fire();
    clock.set(sh('2027-01-20T09:00:00'));
    await fire();
    expect(await notices('SC-1')).toEqual([
      expect.objectContaining({ contractNumber: 'SC-1', serialNumber: 'SN-1', endsOn: '2027-01-31', daysLeft: 30, noticedAt: sh('2027-01-01T09:00:00').toISOString() }),
    ]);
    // The renewal: the next term, from the day after, with its own notice.
    expect((await post('/v1/service-contracts', contract('SC-1-R1', 'SN-1', '2027-02-01', '2028-01-31'))).status).toBe(201);
    expect(await notices('SC-1-R1')).toEqual([]);
  });

  it('a contract registered inside the notice period is announced at once; one already over is not', async () => {
    clock.set(sh('2026-12-20T15:00:00'));
    expect((await post('/v1/service-contracts', contract('SC-2', 'SN-2', '2026-01-01', '2026-12-31'))).status).toBe(201);
    expect((await post('/v1/service-contracts', contract('SC-3', 'SN-3', '2025-01-01', '2025-12-31'))).status).toBe(201);
    await fire();
    expect(await notices('SC-2')).toEqual([expect.objectContaining({ daysLeft: 11 })]);
    expect(await notices('SC-3')).toEqual([]);
  });

  it('refuses a bad notice period at start, naming the variable', async () => {
    await expect(
      createServiceApp(AppModule, warrantyService, { ...t.env, CONTRACT_EXPIRY_NOTICE_DAYS: 'soon' }),
    ).rejects.toThrow(/CONTRACT_EXPIRY_NOTICE_DAYS/);
  });
});
