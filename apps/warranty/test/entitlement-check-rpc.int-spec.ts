/**
 * Issue #4: an agent on the phone asks over NATS request-reply whether a unit is entitled now (R-WA-7), and gets the
 * explained decision; bad requests get an error reply, and nothing of it lands in the WARRANTY stream.
 */
import { jetstreamManager } from '@nats-io/jetstream';
import { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { DateTime } from 'luxon';
import { ENTITLEMENT_CHECK_V1_SUBJECT, EntitlementCheckReplyV1, entitlementCheckReplyV1 } from '@aftersales/contracts-warranty';
import { wireStreamName, wireSubject } from '@aftersales/platform-messaging';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const ZONE = 'Asia/Shanghai';
const daysAgo = (days: number) => DateTime.now().setZone(ZONE).minus({ days }).toISODate() as string;

describe('warranty: entitlement check over NATS request-reply', () => {
  let t: ServiceUnderTest;
  let nc: NatsConnection;
  const post = async (url: string, payload: object) => (await t.inject('POST', url, { as: 'admin', body: payload })).statusCode;
  const ask = async (payload: object | string): Promise<EntitlementCheckReplyV1> => {
    const reply = await nc.request(wireSubject(t.ns, ENTITLEMENT_CHECK_V1_SUBJECT), typeof payload === 'string' ? payload : JSON.stringify(payload), { timeout: 5_000 });
    // Every reply, good or bad, has the contract's shape.
    return entitlementCheckReplyV1.parse(reply.json());
  };
  const streamMessages = async () => (await (await jetstreamManager(nc)).streams.info(wireStreamName(t.ns, 'warranty'))).state.messages;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, env: { WARRANTY_TIME_ZONE: ZONE } });
    nc = await connect({ servers: t.natsUrl });
    expect(await post('/v1/product-models', { code: 'PX-2000', name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } })).toBe(201);
    expect(await post('/v1/units', { serialNumber: 'SN-RPC-1', productModel: 'PX-2000', purchaseDate: daysAgo(60), proofType: 'warranty-card' })).toBe(201);
  });

  afterAll(async () => {
    await nc?.close();
    await t?.close();
  });

  it('answers a registered unit now with every rule, and the same unit the day after its last covered day', async () => {
    const before = await streamMessages();
    const now = await ask({ serialNumber: 'SN-RPC-1' });
    expect(now).toMatchObject({ ok: true, entitlement: { serialNumber: 'SN-RPC-1', inWarranty: true, remedy: 'free-repair', decidedFor: daysAgo(0), timeZone: ZONE, warrantyStartsOn: daysAgo(60) } });
    if (!now.ok) throw new Error('expected an entitlement');
    expect(now.entitlement.rules.map((r) => r.rule)).toEqual(['R-WA-1', 'R-WA-5', 'R-WA-1', 'R-WA-6', 'R-WA-2', 'R-WA-3', 'R-WA-4', 'R-WA-8']);
    const lastDay = now.entitlement.warrantyEndsOn as string;
    expect(await ask({ serialNumber: 'SN-RPC-1', at: lastDay })).toMatchObject({ ok: true, entitlement: { inWarranty: true } });
    const midnight = DateTime.fromISO(lastDay, { zone: ZONE }).plus({ days: 1 }).toUTC().toISO() as string;
    expect(await ask({ serialNumber: 'SN-RPC-1', at: midnight })).toMatchObject({ ok: true, entitlement: { inWarranty: false, remedy: 'paid-service' } });
    expect(await ask({ serialNumber: 'SN-UNKNOWN' })).toMatchObject({ ok: true, entitlement: { inWarranty: false, productModel: null } });
    expect(await ask({ serialNumber: 'SN-UNKNOWN', productModel: 'PX-2000', purchaseDate: daysAgo(3) })).toMatchObject({ ok: true, entitlement: { inWarranty: true } });
    // Requests are not events: the stream holds nothing of them.
    expect(await streamMessages()).toBe(before);
  });

  it('answers a bad request with an error reply naming what is wrong', async () => {
    expect(await ask('not json')).toEqual({ ok: false, error: { code: 'WARRANTY.BAD_REQUEST', message: 'the request is not JSON' } });
    expect(await ask({})).toMatchObject({ ok: false, error: { code: 'WARRANTY.BAD_REQUEST', message: expect.stringContaining('serialNumber') } });
    expect(await ask({ serialNumber: 'SN-RPC-1', at: 'yesterday' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('at') } });
    expect(await ask({ serialNumber: 'SN-RPC-1', discount: 1 })).toMatchObject({ ok: false, error: { code: 'WARRANTY.BAD_REQUEST' } });
  });

  it('answers many agents at once', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => ask({ serialNumber: i % 2 ? 'SN-RPC-1' : `SN-NONE-${i}` })));
    expect(replies.map((r) => r.ok && r.entitlement.inWarranty)).toEqual(Array.from({ length: 50 }, (_, i) => i % 2 === 1));
  });
});
