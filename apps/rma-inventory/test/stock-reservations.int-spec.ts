/**
 * The reservation API the RMA flows call inside their own transaction (R-RMA-2, R-RMA-5): the nearest warehouse
 * that has the part, the best substitute when it is out, critical spares held per contract, shipping serialised
 * units to the customer and taking them back, lending a standby unit. Stock never goes negative.
 */
import { EventEnvelope } from '@aftersales/contracts-core';
import { StockReservedV1, StockReservedV1Data } from '@aftersales/contracts-rma-inventory';
import { DomainError } from '@aftersales/platform-service-defaults';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';
import { StockReservations } from '../src/stock/commands/stock-reservations';
import { insertPart, insertWarehouses, level, openingStock } from './stock-fixtures';

const CONTRACT_A = '0192f3a0-7c1e-7c3a-9a4e-00000000ca01';
const CONTRACT_B = '0192f3a0-7c1e-7c3a-9a4e-00000000cb02';
const ENGINEER = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';

describe('rma-inventory: reserving spare parts for RMAs and work orders (R-RMA-2, R-RMA-5)', () => {
  let t: ServiceUnderTest<ManualClock>;
  let events: EventCollector;
  let reservations: StockReservations;
  const inTx = <T>(fn: (r: StockReservations, m: import('typeorm').EntityManager) => Promise<T>) => t.dataSource.transaction((m) => fn(reservations, m));
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return e as DomainError;
    }
    throw new Error('expected a refusal');
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: rmaInventoryService, appModule: AppModule, clock: new ManualClock('2026-11-23T05:00:00Z'),
      streams: ['dispatch'],
      // Enough connections for the 32 reservations to race in the database, not queue for a connection.
      env: { DB_POOL_SIZE: '34' },
    });
    reservations = t.app.get(StockReservations);
    await insertWarehouses(t, [
      { code: 'CENTRAL', kind: 'central' },
      { code: 'BR-EAST', kind: 'branch', region: 'east' },
      { code: 'BR-WEST', kind: 'branch', region: 'west', timeZone: 'Asia/Urumqi' },
      { code: 'DEPOT', kind: 'depot', region: 'east' },
      { code: 'VAN-E1', kind: 'van', region: 'east', engineerId: ENGINEER },
    ]);
    await insertPart(t, { partNumber: 'PSU-550W' });
    await insertPart(t, { partNumber: 'PSU-600W' });
    await insertPart(t, { partNumber: 'PSU-500W', substitutes: ['PSU-550W', 'PSU-600W'] });
    await insertPart(t, { partNumber: 'LAST-ONE' });
    await insertPart(t, { partNumber: 'CTRL-BOARD', critical: true });
    await insertPart(t, { partNumber: 'DISK-4T', serialised: true });
    await openingStock(t, 'CENTRAL', 'LAST-ONE', 1);
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('32 concurrent reservations of the last unit: exactly one wins, the others are told what is available where', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 32 }, (_, i) =>
        inTx((r, m) => r.reserve(m, { partNumber: 'LAST-ONE', quantity: 1, warehouseCode: 'CENTRAL', reference: `RMA-LAST-${i}`, actor: 'agent-1' })),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(31);
    for (const l of lost) {
      expect(l.reason).toMatchObject({ code: 'RMA.STOCK_UNAVAILABLE', status: 409, extras: { partNumber: 'LAST-ONE', quantity: 1, availableWhere: [] } });
    }
    expect(await level(t, 'CENTRAL', 'LAST-ONE')).toEqual({ onHand: 1, reserved: 1 });
    expect(await t.count(`SELECT count(*)::int AS n FROM stock_reservations WHERE part_number = 'LAST-ONE' AND status = 'active'`)).toBe(1);
    expect(await t.count(`SELECT count(*)::int AS n FROM stock_ledger WHERE part_number = 'LAST-ONE' AND reason = 'reservation'`)).toBe(1);
  });

  it('reserves in the nearest warehouse that has the part: the region\'s branch before central, with its time zone and calendar', async () => {
    await openingStock(t, 'CENTRAL', 'PSU-500W', 5);
    await openingStock(t, 'BR-WEST', 'PSU-500W', 5);
    const west = await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 2, nearTo: { region: 'west' }, reference: 'RMA-NEAR-1', actor: 'agent-1' }));
    expect(west).toMatchObject({ partNumber: 'PSU-500W', substitute: false, quantity: 2, status: 'active', warehouse: { code: 'BR-WEST', kind: 'branch', timeZone: 'Asia/Urumqi' } });
    expect(west.warehouse.calendar.timeZone).toBe('Asia/Urumqi');
    expect(west.warehouse.calendar.versions[0].weekly.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    // East has no branch stock of it: central is next.
    const east = await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 1, nearTo: { region: 'east' }, reference: 'RMA-NEAR-2', actor: 'agent-1' }));
    expect(east.warehouse.code).toBe('CENTRAL');
    expect(await level(t, 'BR-WEST', 'PSU-500W')).toEqual({ onHand: 5, reserved: 2 });
    expect(await level(t, 'CENTRAL', 'PSU-500W')).toEqual({ onHand: 5, reserved: 1 });
  });

  it('reserves the best ranked substitute when the part is out everywhere, and says so', async () => {
    await openingStock(t, 'BR-EAST', 'PSU-600W', 3);
    await openingStock(t, 'CENTRAL', 'PSU-550W', 1);
    // The rest of PSU-500W goes first: 3 at central, 3 at west.
    await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 4, warehouseCode: 'CENTRAL', reference: 'RMA-DRAIN-1', actor: 'agent-1' }));
    await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 3, warehouseCode: 'BR-WEST', reference: 'RMA-DRAIN-2', actor: 'agent-1' }));
    const sub = await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 1, nearTo: { region: 'east' }, caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f', reference: 'RMA-SUB-1', actor: 'agent-1' }));
    // Rank 1 (PSU-550W) at central wins over rank 2 (PSU-600W) in the region's own branch.
    expect(sub).toMatchObject({ partNumber: 'PSU-550W', requestedPartNumber: 'PSU-500W', substitute: true, warehouse: { code: 'CENTRAL' } });
    const announced = (await events.waitFor((e) => e.type === StockReservedV1.subject && (e.data as StockReservedV1Data).reference === 'RMA-SUB-1')) as EventEnvelope<StockReservedV1Data>;
    expect(announced.data).toMatchObject({ partNumber: 'PSU-550W', requestedPartNumber: 'PSU-500W', substitute: true, warehouseCode: 'CENTRAL', availableAfter: 0, quantity: 1 });
    const next = await inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 1, nearTo: { region: 'east' }, reference: 'RMA-SUB-2', actor: 'agent-1' }));
    expect(next).toMatchObject({ partNumber: 'PSU-600W', substitute: true, warehouse: { code: 'BR-EAST' } });
    // Without substitutes it is refused, naming where the substitutes are.
    const refused = await refusal(inTx((r, m) => r.reserve(m, { partNumber: 'PSU-500W', quantity: 1, nearTo: { region: 'east' }, allowSubstitutes: false, reference: 'RMA-SUB-3', actor: 'agent-1' })));
    expect(refused).toMatchObject({ code: 'RMA.STOCK_UNAVAILABLE', extras: { availableWhere: [{ warehouseCode: 'BR-EAST', partNumber: 'PSU-600W', available: 2 }] } });
  });

  it("a contract's critical spare is refused to another contract's case and drawn by its own", async () => {
    await openingStock(t, 'BR-EAST', 'CTRL-BOARD', 1);
    const hold = await inTx((r, m) => r.hold(m, { partNumber: 'CTRL-BOARD', quantity: 1, warehouseCode: 'BR-EAST', contractId: CONTRACT_A, reference: 'SC-A', actor: 'rma-admin-1' }));
    expect(hold).toMatchObject({ kind: 'contract-hold', contractId: CONTRACT_A, quantity: 1 });
    const other = await refusal(inTx((r, m) => r.reserve(m, { partNumber: 'CTRL-BOARD', quantity: 1, nearTo: { region: 'east' }, forContractId: CONTRACT_B, reference: 'RMA-B-1', actor: 'agent-1' })));
    expect(other).toMatchObject({ code: 'RMA.STOCK_UNAVAILABLE', status: 409 });
    const noContract = await refusal(inTx((r, m) => r.reserve(m, { partNumber: 'CTRL-BOARD', quantity: 1, nearTo: { region: 'east' }, reference: 'RMA-0-1', actor: 'agent-1' })));
    expect(noContract).toMatchObject({ code: 'RMA.STOCK_UNAVAILABLE' });
    const own = await inTx((r, m) => r.reserve(m, { partNumber: 'CTRL-BOARD', quantity: 1, nearTo: { region: 'east' }, forContractId: CONTRACT_A, reference: 'RMA-A-1', actor: 'agent-1' }));
    expect(own).toMatchObject({ kind: 'reservation', drawnFromHold: hold.id, contractId: CONTRACT_A, warehouse: { code: 'BR-EAST' } });
    expect(await level(t, 'BR-EAST', 'CTRL-BOARD')).toEqual({ onHand: 1, reserved: 1 });
    // Released, it goes back to the contract's hold, not to everyone.
    await inTx((r, m) => r.release(m, { reservationId: own.id, reason: 'RMA rejected', actor: 'agent-1' }));
    expect(await t.query(`SELECT quantity FROM stock_reservations WHERE id = $1`, [hold.id])).toEqual([{ quantity: 1 }]);
    expect(await refusal(inTx((r, m) => r.reserve(m, { partNumber: 'CTRL-BOARD', quantity: 1, warehouseCode: 'BR-EAST', forContractId: CONTRACT_B, reference: 'RMA-B-2', actor: 'agent-1' })))).toMatchObject({
      code: 'RMA.STOCK_UNAVAILABLE',
    });
  });

  it('a refusal leaves the caller\'s transaction usable: it can go on and commit', async () => {
    const committed = await inTx(async (r, m) => {
      await refusal(r.reserve(m, { partNumber: 'LAST-ONE', quantity: 1, warehouseCode: 'CENTRAL', reference: 'RMA-TX-1', actor: 'agent-1' }));
      return r.reserve(m, { partNumber: 'PSU-600W', quantity: 1, warehouseCode: 'BR-EAST', reference: 'RMA-TX-1', actor: 'agent-1' });
    });
    expect(committed.partNumber).toBe('PSU-600W');
  });

  it('ships a serialised unit to the customer, takes the faulty one back, and lends a standby unit', async () => {
    await t.query(`INSERT INTO stock_levels (warehouse_code, part_number, on_hand) VALUES ('DEPOT', 'DISK-4T', 2)`);
    for (const sn of ['D4T-0001', 'D4T-0002']) {
      await t.query(`INSERT INTO serial_units (serial_number, part_number, status, warehouse_code, updated_at) VALUES ($1, 'DISK-4T', 'in-stock', 'DEPOT', now())`, [sn]);
    }
    const r = await inTx((s, m) => s.reserve(m, { partNumber: 'DISK-4T', quantity: 1, warehouseCode: 'DEPOT', reference: 'RMA-DISK-1', actor: 'agent-1' }));
    expect(await refusal(inTx((s, m) => s.issue(m, { reservationId: r.id, destination: 'customer', actor: 'depot-1' })))).toMatchObject({ code: 'RMA.SERIALS_REQUIRED', status: 400 });
    const shipped = await inTx((s, m) => s.issue(m, { reservationId: r.id, serialNumbers: ['D4T-0002'], destination: 'customer', actor: 'depot-1' }));
    expect(shipped).toMatchObject({ status: 'issued', serialNumbers: ['D4T-0002'] });
    expect(await level(t, 'DEPOT', 'DISK-4T')).toEqual({ onHand: 1, reserved: 0 });
    expect(await t.query(`SELECT status, warehouse_code FROM serial_units WHERE serial_number = 'D4T-0002'`)).toEqual([{ status: 'with-customer', warehouse_code: null }]);

    await inTx((s, m) => s.receiveReturn(m, { warehouseCode: 'DEPOT', partNumber: 'DISK-4T', serialNumber: 'D4T-CUST-9', condition: 'faulty', reference: 'RMA-DISK-1', actor: 'depot-1' }));
    expect(await level(t, 'DEPOT', 'DISK-4T')).toEqual({ onHand: 1, reserved: 0 });
    expect(await t.query(`SELECT status, warehouse_code FROM serial_units WHERE serial_number = 'D4T-CUST-9'`)).toEqual([{ status: 'faulty', warehouse_code: 'DEPOT' }]);

    const loan = await inTx((s, m) => s.lend(m, { warehouseCode: 'DEPOT', partNumber: 'DISK-4T', serialNumber: 'D4T-0001', reference: 'WO-LOAN-1', actor: ENGINEER }));
    expect(loan).toMatchObject({ status: 'on-loan', serialNumber: 'D4T-0001', quantity: 1 });
    expect(await level(t, 'DEPOT', 'DISK-4T')).toEqual({ onHand: 0, reserved: 0 });
    const back = await inTx((s, m) => s.returnLoan(m, { loanId: loan.id, actor: ENGINEER }));
    expect(back).toMatchObject({ status: 'returned', returnedTo: 'DEPOT' });
    expect(await level(t, 'DEPOT', 'DISK-4T')).toEqual({ onHand: 1, reserved: 0 });
    expect(await t.query(`SELECT movement, status_after FROM serial_history WHERE serial_number = 'D4T-0001' ORDER BY at, id`)).toEqual([
      { movement: 'lent', status_after: 'on-loan' },
      { movement: 'loan-returned', status_after: 'in-stock' },
    ]);
  });
});
