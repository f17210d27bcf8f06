/**
 * Issue #5, part 4: on-site visits (R-DS-4, R-DS-5, R-DS-8). A full visit from arrival through diagnosis, plan,
 * log, parts with consent, tests, quality inspection and the customer's signature to completion, which emits
 * work-order.completed with the parts used; an incomplete visit that records why, the next visit and the standby
 * unit lent, then a second visit that finishes the job. Bad input changes nothing.
 */
import { randomUUID } from 'node:crypto';
import {
  WorkOrderCompletedV1,
  WorkOrderCompletedV1Data,
  WorkOrderDiagnosedV1,
  WorkOrderDiagnosedV1Data,
  WorkOrderEngineerArrivedV1,
  WorkOrderEngineerArrivedV1Data,
  WorkOrderVisitIncompleteV1,
  WorkOrderVisitIncompleteV1Data,
} from '@aftersales/contracts-dispatch';
import { EventCollector } from '@aftersales/platform-testing';
import { DispatchUnderTest, putOrganisation, startDispatch } from './dispatch-under-test';

const ENGINEER = '00000000-0000-4000-8000-0000000000c1';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const MIN = 60_000;

describe('dispatch: on-site visits', () => {
  let t: DispatchUnderTest;
  let events: EventCollector;
  let engineer: string;
  const t0 = new Date('2026-11-23T02:00:00.000Z');
  const at = (minutes: number) => t.clock.set(new Date(t0.getTime() + minutes * MIN));
  const post = (url: string, body?: object, token = engineer) => t.http('POST', url, { token, body });

  /** A work order assigned to ENGINEER, the customer called. */
  const assignedOrder = async () => {
    const res = await post(
      '/v1/work-orders',
      {
        caseId: randomUUID(),
        caseNumber: 'CS-20261123-000042',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: 'SN-PX2000-0042',
        category: 'fault-hardware',
        priority: 'P2',
        serviceMode: 'on-site',
        inWarranty: true,
        region: 'east',
      },
      await t.token('agent'),
    );
    expect(res.body.engineerId).toBe(ENGINEER);
    expect((await post(`/v1/work-orders/${res.body.id}/customer-contacted`, { channel: 'phone' })).status).toBe(200);
    return res.body;
  };
  const ok = async (url: string, body: object = {}) => {
    const res = await post(url, body);
    expect([url, res.status]).toEqual([url, url.endsWith('/visits') ? 201 : 200]);
    return res.body;
  };

  beforeAll(async () => {
    t = await startDispatch();
    t.clock.set(t0);
    engineer = await t.token('engineer', { sub: ENGINEER });
    events = await t.events();
    await putOrganisation(t, { units: [['BR-E', { name: 'East', kind: 'branch', regions: ['east'] }]], engineers: [[ENGINEER, { name: 'Li Wei', homeBranch: 'BR-E', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 5 }]] });
  });
  afterAll(() => t?.close());

  it('runs a full on-site visit through the customer sign-off and completes the order with the parts used', async () => {
    const wo = await assignedOrder();
    at(60);
    const v = await ok(`/v1/work-orders/${wo.id}/visits`);
    expect(v).toMatchObject({ visitNumber: 1, status: 'on-site', arrivedAt: '2026-11-23T03:00:00.000Z' });
    // Issue #15: the arrival is announced once, for intake's on-site clock (R-SLA-1), naming the engineer.
    const arrival = (await events.waitFor((e) => e.type === WorkOrderEngineerArrivedV1.subject && e.subject === wo.id)).data as WorkOrderEngineerArrivedV1Data;
    expect(arrival).toEqual({ workOrderId: wo.id, workOrderNumber: wo.workOrderNumber, caseId: wo.caseId, visitId: v.id, visitNumber: 1, engineerId: ENGINEER, engineerName: 'Li Wei', arrivedAt: '2026-11-23T03:00:00.000Z' });
    expect((await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body.status).toBe('in-progress');
    await ok(`/v1/visits/${v.id}/diagnosis`, { diagnosis: 'Power supply sags under load', faultCode: 'PSU-SAG', cause: 'product-defect' });
    // Intake meets the diagnosis clock and warranty re-evaluates from this event (R-SLA-3, R-WA-2).
    const diagnosed = (await events.waitFor((e) => e.type === WorkOrderDiagnosedV1.subject && e.subject === wo.id)).data as WorkOrderDiagnosedV1Data;
    expect(diagnosed).toMatchObject({ caseId: wo.caseId, visitId: v.id, faultCode: 'PSU-SAG', cause: 'product-defect', defectiveOnArrival: false, diagnosis: 'Power supply sags under load' });
    await ok(`/v1/visits/${v.id}/repair-plan`, { steps: ['replace PSU', 'load test'], materials: [{ partNumber: 'PSU-500W', quantity: 1 }], manpower: 1, estimatedHours: 1.5 });
    at(70);
    await ok(`/v1/visits/${v.id}/work-log`, { note: 'PSU replaced' });
    await ok(`/v1/visits/${v.id}/parts`, { partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }, { partNumber: 'FUSE-5A', quantity: 2 }], warehouseCode: 'BR-E-STOCK', consent: { customerName: 'Zhang San', consentedAt: '2026-11-23T03:05:00.000Z' } });
    at(90);
    await ok(`/v1/visits/${v.id}/tests`, { results: [{ name: '30-minute load test', passed: true }] });
    await ok(`/v1/visits/${v.id}/quality-check`, { passed: true, inspector: 'Li Wei' });
    at(95);
    const signed = await ok(`/v1/visits/${v.id}/sign-off`, { customerName: 'Zhang San', signaturePng: PNG_1X1 });
    expect(signed.signOff).toMatchObject({ customerName: 'Zhang San', signedAt: '2026-11-23T03:35:00.000Z', signatureBytes: Buffer.from(PNG_1X1, 'base64').length });
    const stored = await t.dataSource.query(`SELECT signature_png FROM visits WHERE id = $1`, [v.id]);
    expect(stored[0].signature_png.equals(Buffer.from(PNG_1X1, 'base64'))).toBe(true);

    // The generic completion refuses while the visit is open: the sign-off path is the one that counts.
    expect((await post(`/v1/work-orders/${wo.id}/complete`, { partsUsed: [], resolution: 'x' })).status).toBe(409);
    const done = await ok(`/v1/visits/${v.id}/complete`, { resolution: 'Replaced the power supply' });
    expect(done).toMatchObject({ status: 'completed', endedAt: '2026-11-23T03:35:00.000Z', resolution: 'Replaced the power supply' });
    const completed = (await events.waitFor((e) => e.type === WorkOrderCompletedV1.subject && e.subject === wo.id)).data as WorkOrderCompletedV1Data;
    expect(completed).toMatchObject({
      engineerId: ENGINEER,
      warehouseCode: 'BR-E-STOCK',
      partsUsed: [
        { partNumber: 'PSU-500W', quantity: 1 },
        { partNumber: 'FUSE-5A', quantity: 2 },
      ],
      signedOffBy: 'Zhang San',
      signedOffAt: '2026-11-23T03:35:00.000Z',
      visits: 1,
    });
    const order = (await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body;
    expect(order).toMatchObject({ status: 'completed', engineerId: ENGINEER, resolution: 'Replaced the power supply' });
    expect((await t.http('GET', `/v1/engineers/${ENGINEER}`, { token: engineer })).body.openOrders).toBe(0);
  });

  it('ends a visit incomplete for lack of parts with the next visit and a standby unit, then finishes on the second visit', async () => {
    at(200);
    const wo = await assignedOrder();
    const first = await ok(`/v1/work-orders/${wo.id}/visits`);
    await ok(`/v1/visits/${first.id}/diagnosis`, { diagnosis: 'Mainboard failure' });
    await ok(`/v1/visits/${first.id}/parts`, { partsUsed: [{ partNumber: 'FUSE-5A', quantity: 1 }], consent: { customerName: 'Zhang San', consentedAt: t.clock.now().toISOString() } });
    at(230);
    const ended = await ok(`/v1/visits/${first.id}/incomplete`, {
      reasonCode: 'awaiting-parts',
      reason: 'Mainboard not in the branch stock',
      nextVisitAt: '2026-11-25T02:00:00.000Z',
      standbyUnit: { serialNumber: 'SB-PX2000-0007', productModel: 'PX-2000' },
    });
    expect(ended).toMatchObject({ status: 'incomplete', incomplete: { reasonCode: 'awaiting-parts', standbyUnit: { serialNumber: 'SB-PX2000-0007', lentAt: '2026-11-23T05:50:00.000Z' } } });
    const event = (await events.waitFor((e) => e.type === WorkOrderVisitIncompleteV1.subject && e.subject === wo.id)).data as WorkOrderVisitIncompleteV1Data;
    expect(event).toMatchObject({ visitId: first.id, visitNumber: 1, reasonCode: 'awaiting-parts', nextVisitAt: '2026-11-25T02:00:00.000Z', standbyUnit: { serialNumber: 'SB-PX2000-0007' } });
    const waiting = (await t.http('GET', `/v1/work-orders/${wo.id}`, { token: engineer })).body;
    expect(waiting).toMatchObject({ status: 'in-progress', nextVisitAt: '2026-11-25T02:00:00.000Z', standbyUnit: { serialNumber: 'SB-PX2000-0007', productModel: 'PX-2000' } });
    expect((await post(`/v1/visits/${first.id}/work-log`, { note: 'late note' })).status).toBe(409);

    t.clock.set(new Date('2026-11-25T02:10:00.000Z'));
    const second = await ok(`/v1/work-orders/${wo.id}/visits`);
    expect(second.visitNumber).toBe(2);
    await ok(`/v1/visits/${second.id}/diagnosis`, { diagnosis: 'Mainboard failure (confirmed)' });
    await ok(`/v1/visits/${second.id}/parts`, { partsUsed: [{ partNumber: 'MB-PX2000', quantity: 1 }, { partNumber: 'FUSE-5A', quantity: 1 }], consent: { customerName: 'Zhang San', consentedAt: '2026-11-25T02:10:00.000Z' } });
    await ok(`/v1/visits/${second.id}/tests`, { results: [{ name: 'boot', passed: true }] });
    await ok(`/v1/visits/${second.id}/quality-check`, { passed: true, inspector: 'Li Wei' });
    await ok(`/v1/visits/${second.id}/sign-off`, { customerName: 'Zhang San', signaturePng: PNG_1X1 });
    await ok(`/v1/visits/${second.id}/complete`, { resolution: 'Replaced the mainboard' });
    const completed = (await events.waitFor((e) => e.type === WorkOrderCompletedV1.subject && e.subject === wo.id)).data as WorkOrderCompletedV1Data;
    expect(completed).toMatchObject({
      partsUsed: [
        { partNumber: 'FUSE-5A', quantity: 2 },
        { partNumber: 'MB-PX2000', quantity: 1 },
      ],
      visits: 2,
    });
    const visits = (await t.http('GET', `/v1/work-orders/${wo.id}/visits`, { token: await t.token('agent') })).body.items;
    expect(visits.map((v: { visitNumber: number; status: string }) => [v.visitNumber, v.status])).toEqual([
      [1, 'incomplete'],
      [2, 'completed'],
    ]);
    expect(visits[0]).not.toHaveProperty('signaturePng');
  });

  it('refuses bad visit input and steps out of order with problem+json, and changes nothing', async () => {
    at(5000);
    const wo = await assignedOrder();
    const v = await ok(`/v1/work-orders/${wo.id}/visits`);
    await ok(`/v1/visits/${v.id}/diagnosis`, { diagnosis: 'x' });
    const snapshot = () => t.dataSource.query(`SELECT (SELECT json_agg(v ORDER BY id) FROM visits v) AS v, (SELECT json_agg(w ORDER BY id) FROM work_orders w) AS w, (SELECT count(*) FROM messaging_outbox) AS o`);
    const before = await snapshot();
    const notPng = Buffer.from('GIF89a-not-a-png-at-all').toString('base64');
    const tooLarge = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100 * 1024)]).toString('base64');
    const attempts: [string, object | undefined, number, string?][] = [
      [`/v1/work-orders/${wo.id}/visits`, {}, 409],
      [`/v1/visits/${v.id}/sign-off`, { customerName: 'Zhang San', signaturePng: PNG_1X1 }, 409],
      [`/v1/visits/${v.id}/sign-off`, { customerName: 'Zhang San', signaturePng: notPng }, 400],
      [`/v1/visits/${v.id}/sign-off`, { customerName: 'Zhang San', signaturePng: tooLarge }, 400],
      [`/v1/visits/${v.id}/sign-off`, { customerName: 'Zhang San', signaturePng: 'not base64!' }, 400],
      [`/v1/visits/${v.id}/parts`, { partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }], consent: null }, 409],
      [`/v1/visits/${v.id}/parts`, { partsUsed: [{ partNumber: 'PSU-500W', quantity: 0 }], consent: null }, 400],
      [`/v1/visits/${v.id}/quality-check`, { passed: true, inspector: 'x' }, 409],
      [`/v1/visits/${v.id}/complete`, { resolution: 'done' }, 409],
      [`/v1/visits/${v.id}/incomplete`, { reasonCode: 'awaiting-parts', reason: 'x', nextVisitAt: '2026-11-20T00:00:00.000Z' }, 400],
      [`/v1/visits/${v.id}/incomplete`, { reasonCode: 'bored', reason: 'x', nextVisitAt: '2026-12-20T00:00:00.000Z' }, 400],
      [`/v1/visits/${v.id}/repair-plan`, { steps: [], materials: [], manpower: 1, estimatedHours: 1 }, 400],
      [`/v1/visits/${randomUUID()}/diagnosis`, { diagnosis: 'x' }, 404],
      [`/v1/visits/${v.id}/diagnosis`, { diagnosis: 'x', cause: 'gremlins' }, 400],
      [`/v1/visits/${v.id}/diagnosis`, { diagnosis: 'x', faultCode: 'no spaces allowed' }, 400],
      [`/v1/visits/${v.id}/diagnosis`, { diagnosis: 'x' }, 403, await t.token('engineer', { sub: randomUUID() })],
    ];
    for (const [url, body, status, token] of attempts) {
      const res = await post(url, body, token ?? engineer);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await snapshot()).toEqual(before);
  });
});
