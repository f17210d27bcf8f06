/**
 * The other RMA clocks (issue #11): a 三包 return's 24-hour review with its warning and escalation, the customer's
 * 7 days and the 3-5 working days of processing (R-RMA-7); an exchange repair's 72 working hours (R-RMA-4); a standby
 * unit lent on a visit issued on loan and chased back like a return (R-DS-5, R-RMA-3); a depot repair step by step
 * (R-RMA-6). Real PostgreSQL and NATS, the manual clock.
 */
import { randomUUID } from 'node:crypto';
import { WorkOrderVisitIncompleteV1 } from '@aftersales/contracts-dispatch';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';
import { insertPart, insertWarehouses, openingStock } from './stock-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('rma-inventory: purchase returns, exchange repairs, standby loans and depot repairs on their clocks (R-RMA-4, R-RMA-6, R-RMA-7, R-DS-5)', () => {
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;

  const http = (method: 'GET' | 'POST', url: string, role: Role, body?: unknown) => t.http(method, url, { as: role, claims: { sub: `${role}-1` }, body });
  const clockEvents = (rmaId: string, clockName: string) =>
    t.query(`SELECT envelope->>'type' AS type, envelope->'data'->>'escalatedTo' AS "escalatedTo" FROM messaging_outbox WHERE envelope->'data'->>'rmaId' = $1 AND envelope->'data'->>'clock' = $2 ORDER BY position`, [
      rmaId,
      clockName,
    ]);
  const at = async (local: string) => {
    clock.set(sh(local));
    await t.fireAllDueTimers();
  };
  const open = async (type: string, reasonCode: string, extra: Record<string, unknown> = {}) => {
    const serialNumber = `SN-${randomUUID().slice(0, 8)}`;
    const res = await http('POST', '/v1/rmas', 'agent', {
      type,
      caseId: randomUUID(),
      serialNumber,
      productModel: 'PX-2000',
      lines: [{ kind: 'unit', serialNumber, partNumber: 'PX-2000', reasonCode }],
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: rmaInventoryService, appModule: AppModule, clock, streams: ['dispatch', 'warranty'], env: { TIMERS_POLL_INTERVAL_MS: '3600000' } });
    await insertWarehouses(t, [{ code: 'CENTRAL', kind: 'central' }, { code: 'DEPOT', kind: 'depot' }]);
    await insertPart(t, { partNumber: 'PX-2000' });
    await insertPart(t, { partNumber: 'SB-PX', serialised: true });
    await openingStock(t, 'CENTRAL', 'PX-2000', 5);
    await insertPart(t, { partNumber: 'PSU-500W' });
    await openingStock(t, 'DEPOT', 'PSU-500W', 3);
  });
  afterAll(() => t?.close());

  it('R-RMA-7: a refund return not reviewed in 24 hours is warned 4 hours before and escalated once; who pays shipping follows R-RMA-8', async () => {
    clock.set(sh('2026-11-23T10:00:00'));
    const mind = await open('return-for-refund', 'changed-mind');
    expect(mind.shipping).toEqual({ payer: 'customer', rule: 'R-RMA-8: no quality problem (changed-mind): the customer pays the shipping' });
    expect(mind.reviewDueAt).toBe(sh('2026-11-24T10:00:00').toISOString());
    const reviewed = await open('return-for-refund', 'not-as-described');
    expect(reviewed.shipping.payer).toBe('company');
    expect((await http('POST', `/v1/rmas/${reviewed.id}/rejection`, 'rma-admin', { reason: 'Bought 21 days ago (R-WA-3)' })).body).toMatchObject({
      status: 'rejected',
      decision: { by: 'rma-admin-1', reason: 'Bought 21 days ago (R-WA-3)' },
    });
    await at('2026-11-24T05:59:00');
    expect(await clockEvents(mind.id, 'review')).toEqual([]);
    await at('2026-11-24T06:00:00');
    await at('2026-11-24T10:00:00');
    await at('2026-11-24T12:00:00');
    expect(await clockEvents(mind.id, 'review')).toEqual([
      { type: 'aftersales.rma.rma.deadline-warned.v1', escalatedTo: null },
      { type: 'aftersales.rma.rma.deadline-missed.v1', escalatedTo: 'rma-manager' },
    ]);
    expect(await clockEvents(reviewed.id, 'review')).toEqual([]);
  });

  it('R-RMA-7: the customer ships within 7 days of the confirmation, and the return is processed within 3-5 working days of receipt', async () => {
    clock.set(sh('2026-11-23T11:00:00'));
    const late = await open('return-for-exchange', 'quality-problem');
    const onTime = await open('return-for-exchange', 'quality-problem');
    for (const r of [late, onTime]) expect((await http('POST', `/v1/rmas/${r.id}/approval`, 'rma-admin', { reason: 'Within 15 days, quality problem' })).status).toBe(200);
    clock.set(sh('2026-11-26T10:00:00')); // Thursday
    const received = await http('POST', `/v1/rmas/${onTime.id}/receipt`, 'rma-admin', { serialNumber: onTime.serialNumber, warehouseCode: 'CENTRAL' });
    expect(received.body).toMatchObject({ status: 'received', processingDueAt: sh('2026-12-03T17:00:00').toISOString() });
    await at('2026-11-30T11:00:00');
    expect((await clockEvents(late.id, 'customer-shipment')).map((e) => e.type)).toEqual(['aftersales.rma.rma.deadline-warned.v1', 'aftersales.rma.rma.deadline-missed.v1']);
    expect(await clockEvents(onTime.id, 'customer-shipment')).toEqual([]);
    await at('2026-12-01T17:00:00'); // the end of the 3rd working day after Thursday's receipt
    expect((await clockEvents(onTime.id, 'processing')).map((e) => e.type)).toEqual(['aftersales.rma.rma.deadline-warned.v1']);
    await http('POST', `/v1/rmas/${onTime.id}/inspection`, 'rma-admin', { result: 'fault-confirmed', faultCode: 'FEED-JAM' });
    const closed = await http('POST', `/v1/rmas/${onTime.id}/closure`, 'rma-admin', { reason: 'Exchanged over the counter' });
    expect(closed.body.status).toBe('closed');
    await at('2026-12-03T17:00:00');
    expect((await clockEvents(onTime.id, 'processing')).map((e) => e.type)).toEqual(['aftersales.rma.rma.deadline-warned.v1']);
    const [event] = await t.query(`SELECT envelope->'data' AS data FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.rma.rma.closed.v1' AND envelope->'data'->>'rmaId' = $1`, [onTime.id]);
    expect(event.data).toMatchObject({ status: 'closed', processedOnTime: true, reason: 'Exchanged over the counter' });
  });

  it('R-WA-3: a 三包 exchange ships its new unit out of the nearest stock once the returned one is inspected; the installed base follows the swap', async () => {
    clock.set(sh('2026-11-24T10:00:00'));
    const exchange = await open('return-for-exchange', 'quality-problem');
    await http('POST', `/v1/rmas/${exchange.id}/approval`, 'rma-admin', { reason: 'Day 9 after purchase: exchange (R-WA-3)' });
    await http('POST', `/v1/rmas/${exchange.id}/receipt`, 'rma-admin', { serialNumber: exchange.serialNumber, warehouseCode: 'CENTRAL' });
    await http('POST', `/v1/rmas/${exchange.id}/inspection`, 'rma-admin', { result: 'fault-confirmed', faultCode: 'FEED-JAM' });
    const before = (await t.query(`SELECT on_hand FROM stock_levels WHERE warehouse_code = 'CENTRAL' AND part_number = 'PX-2000'`))[0].on_hand;
    const shipped = await http('POST', `/v1/rmas/${exchange.id}/shipment`, 'rma-admin', { carrier: 'SF Express', trackingNumber: 'SF-EX-1', serialShipped: 'SN-EXCHANGED-1' });
    expect(shipped.body).toMatchObject({ status: 'shipped', spare: { warehouseCode: 'CENTRAL', partNumber: 'PX-2000' } });
    expect((await t.query(`SELECT on_hand FROM stock_levels WHERE warehouse_code = 'CENTRAL' AND part_number = 'PX-2000'`))[0].on_hand).toBe(before - 1);
    await http('POST', `/v1/rmas/${exchange.id}/delivery`, 'rma-admin', {});
    const [swap] = await t.query(`SELECT envelope->'data' AS data FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.rma.rma.serial-swapped.v1' AND envelope->'data'->>'rmaId' = $1`, [exchange.id]);
    expect(swap.data).toMatchObject({ faultySerial: exchange.serialNumber, replacementSerial: 'SN-EXCHANGED-1' });
  });

  it('R-RMA-4: an exchange repair is turned around within 72 working hours of receipt, warned when 8 are left', async () => {
    clock.set(sh('2026-11-23T09:00:00'));
    const repair = await open('repair-and-return', 'hardware-fault');
    await http('POST', `/v1/rmas/${repair.id}/approval`, 'rma-admin', { reason: 'In warranty, carry-in' });
    const received = await http('POST', `/v1/rmas/${repair.id}/receipt`, 'rma-admin', { serialNumber: repair.serialNumber, warehouseCode: 'DEPOT' });
    expect(received.body.turnaroundDueAt).toBe(sh('2026-12-03T17:00:00').toISOString());
    await at('2026-12-02T16:59:00');
    expect(await clockEvents(repair.id, 'turnaround')).toEqual([]);
    await at('2026-12-02T17:00:00');
    await at('2026-12-03T17:00:00');
    expect((await clockEvents(repair.id, 'turnaround')).map((e) => e.type)).toEqual(['aftersales.rma.rma.deadline-warned.v1', 'aftersales.rma.rma.deadline-missed.v1']);
  });

  it('R-DS-5: a standby unit lent on a visit is issued on loan and chased back like a return; its return ends the loan', async () => {
    await t.query(`INSERT INTO serial_units (serial_number, part_number, status, warehouse_code, reference, updated_at) VALUES ('SB-0007', 'SB-PX', 'in-stock', 'CENTRAL', 'opening', now())`);
    await openingStock(t, 'CENTRAL', 'SB-PX', 1);
    clock.set(sh('2026-11-23T15:00:00'));
    const workOrderId = randomUUID();
    const visit = {
      workOrderId,
      workOrderNumber: 'WO-20261123-000007',
      caseId: randomUUID(),
      visitId: randomUUID(),
      visitNumber: 1,
      engineerId: randomUUID(),
      reasonCode: 'awaiting-parts' as const,
      reason: 'Mainboard not in the branch stock',
      nextVisitAt: sh('2026-11-25T10:00:00').toISOString(),
      standbyUnit: { serialNumber: 'SB-0007', productModel: 'SB-PX', lentAt: sh('2026-11-23T14:30:00').toISOString() },
      endedAt: sh('2026-11-23T14:30:00').toISOString(),
    };
    const event = await t.publish(WorkOrderVisitIncompleteV1, { aggregateId: workOrderId, data: visit });
    await t.publish(WorkOrderVisitIncompleteV1, { aggregateId: workOrderId, id: event.id, msgId: randomUUID(), data: visit }); // redelivered
    const loanOf = () => t.query(`SELECT id, status, return_due_on::text AS return_due_on, warehouse_code FROM rmas WHERE type = 'standby-loan' AND work_order_id = $1`, [workOrderId]);
    const [loan] = await waitFor(async () => ((await loanOf()).length ? loanOf() : undefined), { what: 'the loan' });
    // 10 working days after Monday 23 November: 24-27, 30, 1-4, 7 December.
    expect(loan).toMatchObject({ status: 'delivered', warehouse_code: 'CENTRAL' });
    expect(loan.return_due_on).toBe('2026-12-07');
    expect((await t.query(`SELECT status FROM serial_units WHERE serial_number = 'SB-0007'`))[0].status).toBe('on-loan');

    await at('2026-12-03T09:00:00');
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.rma.rma.return-reminded.v1' AND envelope->'data'->>'rmaId' = $1`, [loan.id])).toBe(1);
    const back = await http('POST', `/v1/rmas/${loan.id}/receipt`, 'rma-admin', { serialNumber: 'SB-0007' });
    expect(back.body.status).toBe('received');
    expect((await t.query(`SELECT status FROM serial_units WHERE serial_number = 'SB-0007'`))[0].status).toBe('in-stock');
    expect(await loanOf()).toHaveLength(1);
  });

  it('R-RMA-6: a paid mail-in repair is received and checked, diagnosed, quoted, repaired with depot parts, QC-ed and shipped back, each step by whom and when and told to the customer', async () => {
    clock.set(sh('2026-11-23T09:30:00'));
    const caseId = randomUUID();
    const received = await http('POST', '/v1/depot-repairs', 'rma-admin', {
      caseId,
      serialNumber: 'SN-DEPOT-1',
      productModel: 'PX-2000',
      mode: 'mail-in',
      warehouseCode: 'DEPOT',
      condition: 'Scratched lid, no liquid damage',
      accessories: ['power cable'],
      photos: ['https://files.example.com/dr/1.jpg', 'https://files.example.com/dr/2.jpg'],
      turnaround: true,
    });
    expect(received.status).toBe(201);
    const id = received.body.id as string;
    expect(received.body).toMatchObject({ status: 'received', allowedNext: ['diagnosed'], turnaroundDueAt: sh('2026-12-04T09:30:00').toISOString() }); // nine 8-hour days from Monday 09:30
    expect((await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'repaired' })).body).toMatchObject({ code: 'RMA.ILLEGAL_DEPOT_STEP', allowed: ['diagnosed'] });
    expect((await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'diagnosed', diagnosis: 'PSU burnt' })).status).toBe(400);

    clock.set(sh('2026-11-23T11:00:00'));
    await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'diagnosed', diagnosis: 'PSU burnt by a power surge', faultCode: 'PSU-BURNT', paid: true });
    expect((await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'repaired', partsUsed: [] })).status).toBe(409); // paid: quote first
    await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'quoted', quoteId: randomUUID(), amountMinor: 45000, currency: 'CNY' });
    clock.set(sh('2026-11-24T10:00:00'));
    const repaired = await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'repaired', partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }], notes: 'PSU replaced' });
    expect(repaired.status).toBe(200);
    expect((await t.query(`SELECT on_hand FROM stock_levels WHERE warehouse_code = 'DEPOT' AND part_number = 'PSU-500W'`))[0].on_hand).toBe(2);
    await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'qc-failed', notes: 'Fan noise' });
    await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'repaired', notes: 'Fan reseated' });
    await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'qc-passed' });
    const back = await http('POST', `/v1/depot-repairs/${id}/steps`, 'rma-admin', { step: 'shipped-back', carrier: 'SF Express', trackingNumber: 'SF-DR-1' });
    expect(back.body).toMatchObject({ status: 'shipped-back', allowedNext: [], paid: true });
    expect(back.body.steps.map((s: { step: string; by: string }) => `${s.step} by ${s.by}`)).toEqual([
      'received by rma-admin-1',
      'diagnosed by rma-admin-1',
      'quoted by rma-admin-1',
      'repaired by rma-admin-1',
      'qc-failed by rma-admin-1',
      'repaired by rma-admin-1',
      'qc-passed by rma-admin-1',
      'shipped-back by rma-admin-1',
    ]);
    const told = await t.query(
      `SELECT envelope->'data'->>'step' AS step, envelope->'data'->>'summary' AS summary FROM messaging_outbox WHERE envelope->>'type' = 'aftersales.rma.depot-repair.step-recorded.v1' AND envelope->'data'->>'repairId' = $1 ORDER BY position`,
      [id],
    );
    expect(told.map((e) => e.step)).toEqual(['received', 'diagnosed', 'quoted', 'repaired', 'qc-failed', 'repaired', 'qc-passed', 'shipped-back']);
    expect(told[0].summary).toBe('Received: Scratched lid, no liquid damage; accessories: power cable; 2 photo(s)');
    await at('2026-12-04T09:30:00'); // shipped back in time: the turnaround fires nothing
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' LIKE 'aftersales.rma.depot-repair.turnaround-%' AND envelope->'data'->>'repairId' = $1`, [id])).toBe(0);
  });
});
