/**
 * RMAs on the business clock (issue #11): an advance replacement ships by the warehouse's 14:00 cut-off (R-RMA-2),
 * the faulty unit is chased back within 10 working days (R-RMA-3) and warranty's decisions open the RMAs that carry
 * them out (R-WA-3, R-WA-4). Real PostgreSQL and NATS, the manual clock, the warehouse calendar with China's
 * official holidays and 调休 working days.
 */
import { randomUUID } from 'node:crypto';
import { EntitlementDeterminedV1 } from '@aftersales/contracts-warranty';
import { RmaChargeRaisedV1, RmaOpenedV1, RmaReturnChasedV1, RmaReturnOverdueV1, RmaReturnRemindedV1, RmaShippedV1 } from '@aftersales/contracts-rma-inventory';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';
import { insertPart, insertWarehouses, level, openingStock } from './stock-fixtures';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('rma-inventory: advance replacements ship and come back on the warehouse calendar (R-RMA-2, R-RMA-3)', () => {
  const clock = new ManualClock(sh('2026-11-24T10:00:00'));
  let t: ServiceUnderTest<ManualClock>;

  const http = (method: 'GET' | 'POST', url: string, role: Role, body?: unknown) => t.http(method, url, { as: role, claims: { sub: `${role}-1` }, body });
  const outboxCount = (subject: string, rmaId: string) =>
    t.count(`SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'rmaId' = $2`, [subject, rmaId]);

  /** An agent opens an advance replacement for a faulty PX-2000 in the east region. */
  const openAdvanceReplacement = async (serial = `SN-${randomUUID().slice(0, 8)}`) => {
    const opened = await http('POST', '/v1/rmas', 'agent', {
      type: 'advance-replacement',
      caseId: randomUUID(),
      serialNumber: serial,
      productModel: 'PX-2000',
      customerId: randomUUID(),
      region: 'east',
      lines: [{ kind: 'unit', serialNumber: serial, partNumber: 'PX-2000', reasonCode: 'hardware-fault' }],
    });
    expect(opened.status).toBe(201);
    return opened.body;
  };
  const approve = (id: string) => http('POST', `/v1/rmas/${id}/approval`, 'rma-admin', { reason: 'Hardware fault confirmed by remote diagnosis' });
  const approvedAt = async (local: string) => {
    clock.set(sh(local));
    const rma = await openAdvanceReplacement();
    const approved = await approve(rma.id);
    expect(approved.status).toBe(200);
    return approved.body;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: rmaInventoryService, appModule: AppModule, clock, streams: ['dispatch', 'warranty'], env: { TIMERS_POLL_INTERVAL_MS: '3600000' } });
    await insertWarehouses(t, [
      { code: 'CENTRAL', kind: 'central' },
      { code: 'SH-EAST', kind: 'branch', region: 'east' },
    ]);
    await insertPart(t, { partNumber: 'PX-2000' });
    await openingStock(t, 'SH-EAST', 'PX-2000', 50);
    await openingStock(t, 'CENTRAL', 'PX-2000', 50);
    await insertPart(t, { partNumber: 'FAN-80-V2' });
    await insertPart(t, { partNumber: 'FAN-80', substitutes: ['FAN-80-V2'] });
    await openingStock(t, 'CENTRAL', 'FAN-80-V2', 2);
  });
  afterAll(() => t?.close());

  describe('R-RMA-2: approved before 14:00 on a working day ships the same day, otherwise the next working morning', () => {
    it('approved at 13:59 on a working Tuesday: reserved in the region’s branch, ships that day by 17:00', async () => {
      const rma = await approvedAt('2026-11-24T13:59:00');
      expect(rma.status).toBe('approved');
      expect(rma.spare).toMatchObject({ warehouseCode: 'SH-EAST', partNumber: 'PX-2000', substituteFor: null, shipBy: sh('2026-11-24T17:00:00').toISOString() });
      expect(rma.spare.shipByRule).toBe('R-RMA-2: approved 13:59 on 2026-11-24, a working day of SH-EAST, before 14:00: ships the same day, by 17:00');
      expect(await level(t, 'SH-EAST', 'PX-2000')).toMatchObject({ reserved: 1 });
    });

    it('approved at 14:01 on the same Tuesday: ships Wednesday by noon', async () => {
      const rma = await approvedAt('2026-11-24T14:01:00');
      expect(rma.spare.shipBy).toBe(sh('2026-11-25T12:00:00').toISOString());
    });

    it('approved at 13:59 on the Friday before 清明 ships that Friday; at 14:01 the Tuesday after the three days off', async () => {
      expect((await approvedAt('2026-04-03T13:59:00')).spare.shipBy).toBe(sh('2026-04-03T17:00:00').toISOString());
      expect((await approvedAt('2026-04-03T14:01:00')).spare.shipBy).toBe(sh('2026-04-07T12:00:00').toISOString());
    });

    it('approved at 13:59 on the 调休 Saturday after the Spring Festival ships that Saturday', async () => {
      expect((await approvedAt('2026-02-28T13:59:00')).spare.shipBy).toBe(sh('2026-02-28T17:00:00').toISOString());
    });

    it('the ship-by time warns an hour before and is missed once, unless the spare shipped', async () => {
      const late = await approvedAt('2026-11-26T10:00:00');
      const onTime = await approvedAt('2026-11-26T10:05:00');
      clock.set(sh('2026-11-26T15:30:00'));
      const shipped = await http('POST', `/v1/rmas/${onTime.id}/shipment`, 'rma-admin', { carrier: 'SF Express', trackingNumber: 'SF100200300', serialShipped: 'SN-SPARE-0001' });
      expect(shipped.status).toBe(200);
      clock.set(sh('2026-11-26T16:00:00'));
      await t.fireAllDueTimers();
      clock.set(sh('2026-11-26T17:00:00'));
      await t.fireAllDueTimers();
      const clocks = (id: string) =>
        t.query(`SELECT envelope->>'type' AS type FROM messaging_outbox WHERE envelope->'data'->>'rmaId' = $1 AND envelope->'data'->>'clock' = 'ship-by' ORDER BY position`, [id]);
      expect((await clocks(late.id)).map((r) => r.type)).toEqual(['aftersales.rma.rma.deadline-warned.v1', 'aftersales.rma.rma.deadline-missed.v1']);
      expect(await clocks(onTime.id)).toEqual([]);
    });
  });

  it('R-RMA-2: with the part out everywhere, the best substitute is reserved and said so; a cancellation releases it', async () => {
    clock.set(sh('2026-11-24T10:30:00'));
    const serial = `SN-${randomUUID().slice(0, 8)}`;
    const opened = await http('POST', '/v1/rmas', 'agent', {
      type: 'advance-replacement',
      caseId: randomUUID(),
      serialNumber: serial,
      region: 'east',
      lines: [{ kind: 'part', serialNumber: serial, partNumber: 'FAN-80', reasonCode: 'hardware-fault' }],
    });
    const approved = await approve(opened.body.id);
    expect(approved.body.spare).toMatchObject({ warehouseCode: 'CENTRAL', partNumber: 'FAN-80-V2', substituteFor: 'FAN-80' });
    expect(await level(t, 'CENTRAL', 'FAN-80-V2')).toMatchObject({ onHand: 2, reserved: 1 });
    const cancelled = await http('POST', `/v1/rmas/${opened.body.id}/cancellation`, 'agent', { reason: 'The customer found the fan cable loose' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedNext: [] });
    expect(await level(t, 'CENTRAL', 'FAN-80-V2')).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`, [`rma:${opened.body.id}:%`])).toBe(0);
  });

  it('R-RMA-3: the 10-working-day return clock across the National Day week: reminder, overdue, three chasers and the charge, each once across a restart and two replicas', async () => {
    const rma = await approvedAt('2026-09-29T10:00:00');
    const onHandBefore = (await level(t, 'SH-EAST', 'PX-2000'))?.onHand;
    expect((await http('POST', `/v1/rmas/${rma.id}/shipment`, 'rma-admin', { carrier: 'SF Express', trackingNumber: 'SF0929', serialShipped: 'SN-SPARE-0929' })).status).toBe(200);
    expect((await level(t, 'SH-EAST', 'PX-2000'))?.onHand).toBe((onHandBefore as number) - 1);
    clock.set(sh('2026-09-30T11:00:00'));
    const delivered = await http('POST', `/v1/rmas/${rma.id}/delivery`, 'rma-admin', {});
    expect(delivered.status).toBe(200);
    // Oct 1-7 off; working days Oct 8, 9, 10 (调休 Saturday), 12-16, 19, 20.
    expect(delivered.body).toMatchObject({ status: 'delivered', returnDueOn: '2026-10-20', returnDueAt: sh('2026-10-20T17:00:00').toISOString() });

    const counts = async () => ({
      reminded: await outboxCount(RmaReturnRemindedV1.subject, rma.id),
      overdue: await outboxCount(RmaReturnOverdueV1.subject, rma.id),
      chased: await outboxCount(RmaReturnChasedV1.subject, rma.id),
      charged: await outboxCount(RmaChargeRaisedV1.subject, rma.id),
    });
    clock.set(sh('2026-10-16T08:59:00'));
    await t.fireAllDueTimers();
    expect(await counts()).toEqual({ reminded: 0, overdue: 0, chased: 0, charged: 0 });
    clock.set(sh('2026-10-16T09:00:00')); // the morning of the 8th working day
    await t.fireAllDueTimers();
    expect(await counts()).toEqual({ reminded: 1, overdue: 0, chased: 0, charged: 0 });

    await t.restart();
    await t.fireAllDueTimers();
    const replica = await t.startReplica();
    clock.set(sh('2026-10-20T17:00:00'));
    await Promise.all([t.fireDueTimers(), t.fireDueTimers(replica)]);
    expect(await counts()).toEqual({ reminded: 1, overdue: 1, chased: 0, charged: 0 });

    clock.set(sh('2026-10-29T09:00:00')); // chasers Oct 21, 23 and 27; the charge Oct 29
    await Promise.all([t.fireAllDueTimers(), t.fireAllDueTimers(replica)]);
    await t.restart();
    await Promise.all([t.fireAllDueTimers(), t.fireAllDueTimers(replica)]);
    expect(await counts()).toEqual({ reminded: 1, overdue: 1, chased: 3, charged: 1 });
    const [charge] = await t.query(`SELECT envelope->'data' AS data FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'rmaId' = $2`, [RmaChargeRaisedV1.subject, rma.id]);
    expect(charge.data).toMatchObject({ partNumber: 'PX-2000', amountMinor: 10000, returnDueOn: '2026-10-20', raisedAt: sh('2026-10-29T09:00:00').toISOString() });
    expect((await http('GET', `/v1/rmas/${rma.id}`, 'agent')).body.status).toBe('charged');
  });

  it('the faulty unit returned in time stops the clock and is inspected; a unit not the one expected is refused', async () => {
    const rma = await approvedAt('2026-11-24T09:30:00');
    await http('POST', `/v1/rmas/${rma.id}/shipment`, 'rma-admin', { carrier: 'SF Express', trackingNumber: 'SF1124', serialShipped: 'SN-SPARE-1124' });
    clock.set(sh('2026-11-25T10:00:00'));
    await http('POST', `/v1/rmas/${rma.id}/delivery`, 'rma-admin', {});
    clock.set(sh('2026-12-01T10:00:00'));
    const wrong = await http('POST', `/v1/rmas/${rma.id}/receipt`, 'rma-admin', { serialNumber: 'SN-SOMEONE-ELSE' });
    expect(wrong).toMatchObject({ status: 422, body: { code: 'RMA.WRONG_UNIT' } });
    const received = await http('POST', `/v1/rmas/${rma.id}/receipt`, 'rma-admin', { serialNumber: rma.serialNumber });
    expect(received.body).toMatchObject({ status: 'received', receivedWarehouse: 'SH-EAST' });
    expect(await t.count(`SELECT count(*)::int AS n FROM platform_timer WHERE key LIKE $1 AND fired_at IS NULL`, [`rma:${rma.id}:return:%`])).toBe(0);
    const inspected = await http('POST', `/v1/rmas/${rma.id}/inspection`, 'rma-admin', { result: 'fault-confirmed', faultCode: 'PSU-FAIL', notes: 'Power supply dead on the bench' });
    expect(inspected.body.inspection).toMatchObject({ result: 'fault-confirmed', faultCode: 'PSU-FAIL' });
    expect(inspected.body.history.map((h: { action: string }) => h.action)).toEqual(['opened', 'approved', 'shipped', 'delivered', 'received', 'inspected']);
  });

  it('an illegal step is a 409 that lists the allowed ones; bad input is a 4xx problem that changes nothing', async () => {
    const rma = await approvedAt('2026-11-24T11:00:00');
    const early = await http('POST', `/v1/rmas/${rma.id}/delivery`, 'rma-admin', {});
    expect(early).toMatchObject({ status: 409, body: { code: 'RMA.ILLEGAL_TRANSITION', from: 'approved', allowed: ['shipped', 'cancelled'] } });
    expect(early.headers['content-type']).toContain('application/problem+json');
    const before = await t.count(`SELECT count(*)::int AS n FROM messaging_outbox`);
    const bad = [
      await http('POST', `/v1/rmas/${rma.id}/shipment`, 'rma-admin', { carrier: 'SF', trackingNumber: '', serialShipped: 'X' }),
      await http('POST', '/v1/rmas', 'agent', { type: 'advance-replacement', caseId: 'not-a-uuid', serialNumber: 'S', lines: [] }),
      await http('POST', `/v1/rmas/${randomUUID()}/approval`, 'rma-admin', { reason: 'x' }),
      await http('POST', `/v1/rmas/${rma.id}/approval`, 'customer', { reason: 'x' }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 404, 403]);
    expect(await t.count(`SELECT count(*)::int AS n FROM messaging_outbox`)).toBe(before);
    expect((await http('GET', `/v1/rmas/${rma.id}`, 'agent')).body).toMatchObject({ status: 'approved', version: rma.version });
  });

  it('R-WA-3: a DOA exchange from warranty’s decision to the shipped unit; the redelivered decision opens nothing more', async () => {
    clock.set(sh('2026-11-30T10:00:00'));
    const decision = (caseId: string, decisionId: string, serialNumber: string) => ({
      decisionId,
      caseId,
      serialNumber,
      productModel: 'PX-2000',
      inWarranty: true,
      warrantyStartsOn: '2026-11-26',
      warrantyEndsOn: '2027-11-25',
      coverage: { parts: true, labour: true, onSite: false },
      allowedServiceModes: ['return-exchange' as const],
      slaPlanCode: null,
      rules: [{ rule: 'R-WA-3', outcome: 'passed' as const, detail: 'defective on arrival (DOA): returned or exchanged unconditionally' }],
      determinedAt: sh('2026-11-30T09:59:00').toISOString(),
      remedy: 'return-or-exchange' as const,
    });
    const caseId = randomUUID();
    const decisionId = randomUUID();
    const published = await t.publish(EntitlementDeterminedV1, { aggregateId: decisionId, data: decision(caseId, decisionId, 'SN-DOA-0001') });
    const rmaOf = (id: string) => t.query(`SELECT id, type, status, shipping_payer, source FROM rmas WHERE decision_id = $1`, [id]);
    const [opened] = await waitFor(async () => ((await rmaOf(decisionId)).length ? rmaOf(decisionId) : undefined), { what: 'the DOA RMA' });
    expect(opened).toMatchObject({ type: 'doa-exchange', status: 'requested', shipping_payer: 'company', source: 'warranty' });
    const [openedEvent] = await t.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'rmaId' = $2`, [RmaOpenedV1.subject, opened.id]);
    expect(openedEvent.envelope).toMatchObject({ causationId: published.id, correlationId: published.correlationId });

    // The same event again (a redelivery), then a sentinel decision: the first opens nothing more.
    await t.publish(EntitlementDeterminedV1, { aggregateId: decisionId, id: published.id, msgId: randomUUID(), data: decision(caseId, decisionId, 'SN-DOA-0001') });
    const sentinel = randomUUID();
    await t.publish(EntitlementDeterminedV1, { aggregateId: sentinel, data: decision(randomUUID(), sentinel, 'SN-DOA-0002') });
    await waitFor(async () => ((await rmaOf(sentinel)).length ? true : undefined), { what: 'the sentinel RMA' });
    expect(await rmaOf(decisionId)).toHaveLength(1);

    const approved = await approve(opened.id);
    expect(approved.body).toMatchObject({ status: 'approved', spare: { partNumber: 'PX-2000', shipBy: sh('2026-11-30T17:00:00').toISOString() } });
    const shipped = await http('POST', `/v1/rmas/${opened.id}/shipment`, 'rma-admin', { carrier: 'SF Express', trackingNumber: 'SF1130', serialShipped: 'SN-NEW-0001' });
    expect(shipped.body).toMatchObject({ status: 'shipped', shipment: { carrier: 'SF Express', trackingNumber: 'SF1130', serialShipped: 'SN-NEW-0001' } });
    const [event] = await t.query(`SELECT envelope->'data' AS data FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'rmaId' = $2`, [RmaShippedV1.subject, opened.id]);
    expect(event.data).toMatchObject({ type: 'doa-exchange', caseId, serialShipped: 'SN-NEW-0001', warehouseCode: 'CENTRAL', onTime: true });
  });
});
