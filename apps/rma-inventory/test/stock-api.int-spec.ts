/**
 * Parts and stock over the API (R-RMA-5), as the spare-parts manager and the service agents use it: warehouses and
 * parts administered by rma-admin; receipts, reservations, transfers in transit, cycle counts, minimum levels and the
 * shortage report; critical spares held per contract; serial history. Stock never goes negative, bad input changes
 * nothing, and a redelivered event changes nothing.
 */
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import {
  StockCountedV1,
  StockIssuedV1,
  StockIssuedV1Data,
  StockMinimumSetV1,
  StockMinimumSetV1Data,
  StockShortageClearedV1,
  StockShortageDetectedV1,
  StockShortageDetectedV1Data,
  StockTransferReceivedV1,
} from '@aftersales/contracts-rma-inventory';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';

const ADMIN = '0192f3a0-7c1e-7c3a-9a4e-0000000000a9';
const ENGINEER = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';
const CONTRACT_A = '0192f3a0-7c1e-7c3a-9a4e-00000000ca01';
const CONTRACT_B = '0192f3a0-7c1e-7c3a-9a4e-00000000cb02';

describe('rma-inventory: parts and stock over the API (R-RMA-5)', () => {
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  const admin = { as: 'rma-admin' as const, claims: { sub: ADMIN } };
  const agent = { as: 'agent' as const, claims: { sub: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1' } };
  const put = (url: string, body: unknown) => t.http('PUT', url, { ...admin, body });
  const post = (url: string, body: unknown, opts: { key?: string; as?: typeof admin | typeof agent } = {}) =>
    t.http('POST', url, { ...(opts.as ?? admin), body, headers: opts.key ? { 'idempotency-key': opts.key } : undefined });
  const stock = async (warehouse: string, partNumber: string) => {
    const r = await t.http('GET', `/v1/stock?warehouse=${warehouse}&partNumber=${partNumber}`, agent);
    return r.body.items[0];
  };
  const part = (partNumber: string, extra: Record<string, unknown> = {}) =>
    put(`/v1/parts/${partNumber}`, { description: `Part ${partNumber}`, unitCost: { amountMinor: 45000, currency: 'CNY' }, ...extra });
  const receive = (warehouseCode: string, lines: unknown[], key?: string) => post('/v1/stock/receipts', { warehouseCode, supplierReference: 'PO-2026-0042', lines }, { key });
  const sentinel = async (partNumber: string) => {
    // A minimum set on another warehouse: published after everything before it, so "nothing else happened" is checkable.
    const r = await put(`/v1/warehouses/CENTRAL/minimums/${partNumber}`, { minimum: 0 });
    expect(r.status).toBe(200);
    await events.waitFor((e) => e.type === StockMinimumSetV1.subject && (e.data as StockMinimumSetV1Data).partNumber === partNumber && (e.data as StockMinimumSetV1Data).warehouseCode === 'CENTRAL');
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: rmaInventoryService, appModule: AppModule, clock: new ManualClock('2026-11-23T05:00:00Z'),
      streams: ['dispatch'],
      // Enough connections for the 32 reservations to race in the database, not queue for a connection.
      env: { DB_POOL_SIZE: '34' },
    });
    events = await t.events();
    for (const [code, body] of Object.entries({
      CENTRAL: { name: 'Central spare-parts warehouse', kind: 'central' },
      'BR-EAST': { name: 'Shanghai branch', kind: 'branch', region: 'east' },
      'BR-WEST': { name: 'Urumqi branch', kind: 'branch', region: 'west', timeZone: 'Asia/Urumqi' },
      'VAN-E1': { name: 'Van of engineer 1', kind: 'van', region: 'east', engineerId: ENGINEER },
    })) {
      expect((await put(`/v1/warehouses/${code}`, body)).status).toBe(200);
    }
    await part('PSU-550W');
    expect((await part('PSU-500W', { fitsModels: ['PX-2000'], substitutes: ['PSU-550W'], critical: true })).body).toMatchObject({
      partNumber: 'PSU-500W',
      substitutes: [{ partNumber: 'PSU-550W', rank: 1 }],
      unitCost: { amountMinor: 45000, currency: 'CNY' },
      version: 1,
    });
    await part('LAST-ONE');
    await part('FAN-80');
    await part('CTRL-BOARD', { critical: true });
    await part('DISK-4T', { serialised: true });
  });
  afterAll(() => t?.close());

  it('warehouses and parts are administered by rma-admin and read by agents', async () => {
    expect((await t.http('PUT', '/v1/parts/PSU-500W', { ...agent, body: { description: 'x', unitCost: { amountMinor: 1 } } })).status).toBe(403);
    const w = await t.http('GET', '/v1/warehouses/BR-WEST', agent);
    expect(w.body).toMatchObject({ code: 'BR-WEST', kind: 'branch', region: 'west', timeZone: 'Asia/Urumqi', calendar: null });
    const parts = await t.http('GET', '/v1/parts?fitsModel=PX-2000', agent);
    expect(parts.body.items.map((p: { partNumber: string }) => p.partNumber)).toEqual(['PSU-500W']);
    const van = await put('/v1/warehouses/VAN-X', { name: 'A van without engineer', kind: 'van' });
    expect(van).toMatchObject({ status: 400, body: { code: 'RMA.VAN_NEEDS_ENGINEER' } });
  });

  it('32 concurrent reservations of the last unit: one 201, 31 problem+json 409s saying what is available where', async () => {
    await receive('CENTRAL', [{ partNumber: 'LAST-ONE', quantity: 1 }]);
    await receive('BR-WEST', [{ partNumber: 'LAST-ONE', quantity: 2 }]);
    const replies = await Promise.all(
      Array.from({ length: 32 }, (_, i) => post('/v1/stock/reservations', { partNumber: 'LAST-ONE', quantity: 1, warehouseCode: 'CENTRAL', reference: `RMA-LAST-${i}` }, { as: agent })),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = replies.filter((r) => r.status === 409);
    expect(refused).toHaveLength(31);
    for (const r of refused) {
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ code: 'RMA.STOCK_UNAVAILABLE', status: 409, availableWhere: [{ warehouseCode: 'BR-WEST', partNumber: 'LAST-ONE', available: 2 }] });
    }
    expect(await stock('CENTRAL', 'LAST-ONE')).toMatchObject({ onHand: 1, reserved: 1, available: 0 });
  });

  it('a substitute is chosen when the part is out, over the API too', async () => {
    await receive('BR-EAST', [{ partNumber: 'PSU-550W', quantity: 2 }]);
    const r = await post('/v1/stock/reservations', { partNumber: 'PSU-500W', quantity: 1, nearTo: { region: 'east' }, reference: 'RMA-SUB-9' }, { as: agent });
    expect(r).toMatchObject({ status: 201, body: { partNumber: 'PSU-550W', requestedPartNumber: 'PSU-500W', substitute: true, warehouseCode: 'BR-EAST', timeZone: 'Asia/Shanghai' } });
  });

  it('a transfer is in transit (on neither shelf) until the receiving warehouse books it in', async () => {
    await receive('CENTRAL', [{ partNumber: 'FAN-80', quantity: 10 }]);
    const sent = await post('/v1/stock/transfers', { fromWarehouse: 'CENTRAL', toWarehouse: 'BR-EAST', lines: [{ partNumber: 'FAN-80', quantity: 4 }] }, { key: 'transfer-fan-1' });
    expect(sent).toMatchObject({ status: 201, body: { status: 'in-transit', lines: [{ partNumber: 'FAN-80', quantity: 4, serialNumbers: [] }] } });
    expect(await stock('CENTRAL', 'FAN-80')).toMatchObject({ onHand: 6 });
    expect(await stock('BR-EAST', 'FAN-80')).toBeUndefined();
    const inTransit = await t.http('GET', '/v1/stock/transfers?status=in-transit&toWarehouse=BR-EAST', admin);
    expect(inTransit.body.items.map((x: { id: string }) => x.id)).toEqual([sent.body.id]);
    // A retry with the same key sends nothing more.
    expect((await post('/v1/stock/transfers', { fromWarehouse: 'CENTRAL', toWarehouse: 'BR-EAST', lines: [{ partNumber: 'FAN-80', quantity: 4 }] }, { key: 'transfer-fan-1' })).body.id).toBe(sent.body.id);
    expect(await stock('CENTRAL', 'FAN-80')).toMatchObject({ onHand: 6 });

    const received = await t.http('POST', `/v1/stock/transfers/${sent.body.id}/receive`, { as: 'engineer', claims: { sub: ENGINEER } });
    expect(received).toMatchObject({ status: 200, body: { status: 'received', receivedBy: ENGINEER } });
    expect(await stock('BR-EAST', 'FAN-80')).toMatchObject({ onHand: 4, available: 4 });
    await events.waitFor((e) => e.type === StockTransferReceivedV1.subject && (e.data as { transferId: string }).transferId === sent.body.id);
    expect((await t.http('POST', `/v1/stock/transfers/${sent.body.id}/receive`, admin)).body.code).toBe('RMA.TRANSFER_ALREADY_RECEIVED');
  });

  it('a cycle count turns the difference into a count adjustment in the ledger', async () => {
    const counted = await post('/v1/stock/counts', { warehouseCode: 'BR-EAST', lines: [{ partNumber: 'FAN-80', counted: 3 }], note: 'one found broken' });
    expect(counted).toMatchObject({ status: 201, body: { warehouseCode: 'BR-EAST', lines: [{ partNumber: 'FAN-80', expected: 4, counted: 3, adjustment: -1 }], countedBy: ADMIN } });
    expect(await stock('BR-EAST', 'FAN-80')).toMatchObject({ onHand: 3 });
    const ledger = await t.http('GET', '/v1/stock/ledger?warehouse=BR-EAST&partNumber=FAN-80', admin);
    expect(ledger.body.items[0]).toMatchObject({ reason: 'adjustment', quantityDelta: -1, onHandAfter: 3, actor: ADMIN, note: 'one found broken' });
    await events.waitFor((e) => e.type === StockCountedV1.subject && (e.data as { countId: string }).countId === counted.body.countId);
  });

  it('a shortage is reported once per crossing below the minimum, and again after replenishing and a new crossing', async () => {
    await receive('BR-WEST', [{ partNumber: 'PSU-500W', quantity: 4 }]);
    expect((await put('/v1/warehouses/BR-WEST/minimums/PSU-500W', { minimum: 3 })).body).toMatchObject({ available: 4, minimum: 3, shortage: false });
    const reserve = (ref: string, quantity = 1) => post('/v1/stock/reservations', { partNumber: 'PSU-500W', quantity, warehouseCode: 'BR-WEST', allowSubstitutes: false, reference: ref }, { as: agent });
    expect((await reserve('RMA-SHORT-1')).status).toBe(201); // 3 available: at the minimum, not below
    expect((await reserve('RMA-SHORT-2')).status).toBe(201); // 2: below, reported
    expect((await reserve('RMA-SHORT-3')).status).toBe(201); // 1: still below, not again
    const report = await t.http('GET', '/v1/stock/shortages?warehouse=BR-WEST', admin);
    expect(report.body.items).toEqual([
      { warehouseCode: 'BR-WEST', partNumber: 'PSU-500W', critical: true, onHand: 4, reserved: 3, available: 1, minimum: 3, shortfall: 2, inTransit: 0, shortSince: '2026-11-23T05:00:00.000Z' },
    ]);
    await receive('BR-WEST', [{ partNumber: 'PSU-500W', quantity: 5 }]); // 6 available: cleared
    expect((await t.http('GET', '/v1/stock/shortages?warehouse=BR-WEST', admin)).body.items).toEqual([]);
    expect((await reserve('RMA-SHORT-4', 4)).status).toBe(201); // 2: a new crossing
    await sentinel('PSU-500W');
    const detected = events.all().filter((e) => e.type === StockShortageDetectedV1.subject && (e.data as StockShortageDetectedV1Data).warehouseCode === 'BR-WEST') as EventEnvelope<StockShortageDetectedV1Data>[];
    expect(detected.map((e) => e.data)).toEqual([
      { warehouseCode: 'BR-WEST', partNumber: 'PSU-500W', critical: true, onHand: 4, reserved: 2, available: 2, minimum: 3, shortfall: 1, detectedAt: '2026-11-23T05:00:00.000Z' },
      { warehouseCode: 'BR-WEST', partNumber: 'PSU-500W', critical: true, onHand: 9, reserved: 7, available: 2, minimum: 3, shortfall: 1, detectedAt: '2026-11-23T05:00:00.000Z' },
    ]);
    expect(events.all().filter((e) => e.type === StockShortageClearedV1.subject && (e.data as { warehouseCode: string }).warehouseCode === 'BR-WEST')).toHaveLength(1);
  });

  it("a contract's critical spare is refused to another contract's case", async () => {
    await receive('BR-EAST', [{ partNumber: 'CTRL-BOARD', quantity: 1 }]);
    const hold = await post('/v1/stock/contract-holds', { partNumber: 'CTRL-BOARD', quantity: 1, warehouseCode: 'BR-EAST', contractId: CONTRACT_A, reference: 'SC-2026-0001' }, { key: 'hold-a' });
    expect(hold).toMatchObject({ status: 201, body: { kind: 'contract-hold', contractId: CONTRACT_A } });
    const other = await post('/v1/stock/reservations', { partNumber: 'CTRL-BOARD', quantity: 1, nearTo: { region: 'east' }, contractId: CONTRACT_B, reference: 'RMA-B-7' }, { as: agent });
    expect(other).toMatchObject({ status: 409, body: { code: 'RMA.STOCK_UNAVAILABLE', availableWhere: [] } });
    const own = await post('/v1/stock/reservations', { partNumber: 'CTRL-BOARD', quantity: 1, nearTo: { region: 'east' }, contractId: CONTRACT_A, reference: 'RMA-A-7' }, { as: agent });
    expect(own).toMatchObject({ status: 201, body: { drawnFromHold: hold.body.id, warehouseCode: 'BR-EAST' } });
  });

  it('a serialised unit is tracked by serial from receipt to the customer and back, history readable', async () => {
    expect((await receive('BR-EAST', [{ partNumber: 'DISK-4T', quantity: 2 }])).body.code).toBe('RMA.SERIALS_REQUIRED');
    expect((await receive('BR-EAST', [{ partNumber: 'DISK-4T', quantity: 2, serialNumbers: ['D4T-1001', 'D4T-1002'] }])).status).toBe(201);
    const returned = await post('/v1/stock/customer-returns', { warehouseCode: 'BR-EAST', partNumber: 'DISK-4T', serialNumber: 'D4T-1001', condition: 'good', reference: 'RMA-D-1' });
    expect(returned).toMatchObject({ status: 409, body: { code: 'RMA.SERIAL_NOT_AVAILABLE' } }); // it is on our shelf, not at a customer's
    const history = await t.http('GET', '/v1/stock/serials/D4T-1001', agent);
    expect(history.body).toMatchObject({ serialNumber: 'D4T-1001', partNumber: 'DISK-4T', status: 'in-stock', warehouseCode: 'BR-EAST', history: [{ movement: 'received', statusAfter: 'in-stock', warehouseCode: 'BR-EAST', reference: 'PO-2026-0042', actor: ADMIN }] });
  });

  it('bad input is a 4xx problem+json that changes nothing', async () => {
    const before = {
      ledger: await t.count(`SELECT count(*)::int AS n FROM stock_ledger`),
      outbox: await t.count(`SELECT count(*)::int AS n FROM messaging_outbox`),
      reservations: await t.count(`SELECT count(*)::int AS n FROM stock_reservations`),
    };
    const bad = [
      await receive('CENTRAL', [{ partNumber: 'FAN-80', quantity: 1 }, { partNumber: 'NO-SUCH-PART', quantity: 1 }]),
      await receive('NOWHERE', [{ partNumber: 'FAN-80', quantity: 1 }]),
      await receive('CENTRAL', [{ partNumber: 'FAN-80', quantity: 0 }]),
      await post('/v1/stock/reservations', { partNumber: 'FAN-80', quantity: 1, warehouseCode: 'CENTRAL', nearTo: { region: 'east' }, reference: 'RMA-X' }, { as: agent }),
      await post('/v1/stock/reservations', { partNumber: 'FAN-80', quantity: 1000, warehouseCode: 'CENTRAL', reference: 'RMA-X' }, { as: agent }),
      await post('/v1/stock/transfers', { fromWarehouse: 'CENTRAL', toWarehouse: 'CENTRAL', lines: [{ partNumber: 'FAN-80', quantity: 1 }] }),
      await post('/v1/stock/transfers', { fromWarehouse: 'CENTRAL', toWarehouse: 'BR-EAST', lines: [{ partNumber: 'FAN-80', quantity: 1 }, { partNumber: 'FAN-80', quantity: 1 }] }),
      await post('/v1/stock/counts', { warehouseCode: 'CENTRAL', lines: [{ partNumber: 'LAST-ONE', counted: 0 }] }),
      await post('/v1/stock/write-offs', { warehouseCode: 'CENTRAL', partNumber: 'LAST-ONE', quantity: 1, reason: 'scrap', note: 'reserved, so refused' }),
      await put('/v1/parts/PSU-500W', { description: 'x', substitutes: ['PSU-500W'], unitCost: { amountMinor: 1 } }),
      await put('/v1/parts/NEW-PART', { description: 'x', substitutes: ['NOT-THERE'], unitCost: { amountMinor: 1 } }),
      await put('/v1/warehouses/BR-NEW', { name: 'x', kind: 'branch', region: 'north', timeZone: 'Mars/Olympus' }),
    ];
    expect(bad.map((r) => r.status)).toEqual([404, 404, 400, 400, 409, 400, 400, 409, 409, 400, 422, 400]);
    for (const r of bad) expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.map((r) => r.body.code)).toEqual([
      'RMA.PART_NOT_FOUND',
      'RMA.WAREHOUSE_NOT_FOUND',
      undefined,
      undefined,
      'RMA.STOCK_UNAVAILABLE',
      'RMA.TRANSFER_TO_ITSELF',
      undefined,
      'RMA.COUNT_BELOW_RESERVED',
      'RMA.STOCK_UNAVAILABLE',
      'RMA.SUBSTITUTE_OF_ITSELF',
      'RMA.UNKNOWN_SUBSTITUTE',
      'RMA.INVALID_TIME_ZONE',
    ]);
    expect({
      ledger: await t.count(`SELECT count(*)::int AS n FROM stock_ledger`),
      outbox: await t.count(`SELECT count(*)::int AS n FROM messaging_outbox`),
      reservations: await t.count(`SELECT count(*)::int AS n FROM stock_reservations`),
    }).toEqual(before);
    expect(await stock('CENTRAL', 'FAN-80')).toMatchObject({ onHand: 6, reserved: 0 });
    expect((await t.http('GET', '/v1/parts/NEW-PART', agent)).status).toBe(404);
  });

  it('a redelivered work-order completion changes nothing', async () => {
    const workOrderId = uuidv7();
    const data = {
      workOrderId,
      workOrderNumber: 'WO-20261123-000042',
      caseId: uuidv7(),
      engineerId: ENGINEER,
      warehouseCode: 'CENTRAL',
      partsUsed: [{ partNumber: 'FAN-80', quantity: 2 }],
      resolution: 'Replaced fan',
      completedAt: '2026-11-23T05:00:00.000Z',
    };
    const first = await t.publish(WorkOrderCompletedV1, { aggregateId: workOrderId, data });
    await events.waitFor((e) => e.type === StockIssuedV1.subject && (e.data as StockIssuedV1Data).workOrderId === workOrderId);
    // The same event again (a redelivery past JetStream's dedupe window), and a replayed copy under a new id.
    await t.publish(WorkOrderCompletedV1, { aggregateId: workOrderId, data, id: first.id, msgId: uuidv7() });
    await t.publish(WorkOrderCompletedV1, { aggregateId: workOrderId, data });
    const sentinelWo = uuidv7();
    await t.publish(WorkOrderCompletedV1, { aggregateId: sentinelWo, data: { ...data, workOrderId: sentinelWo, workOrderNumber: 'WO-20261123-000043', partsUsed: [{ partNumber: 'FAN-80', quantity: 1 }] } });
    await events.waitFor((e) => e.type === StockIssuedV1.subject && (e.data as StockIssuedV1Data).workOrderId === sentinelWo);
    expect(events.all().filter((e) => e.type === StockIssuedV1.subject && (e.data as StockIssuedV1Data).workOrderId === workOrderId)).toHaveLength(1);
    expect(await stock('CENTRAL', 'FAN-80')).toMatchObject({ onHand: 3 });
    expect(await t.count(`SELECT count(*)::int AS n FROM stock_ledger WHERE work_order_id = $1`, [workOrderId])).toBe(1);
  });
});
