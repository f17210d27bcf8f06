/**
 * What rma-inventory's RMAs tell warranty. The installed base follows a serial swap (R-RMA-2, R-WA-4): the
 * replacement becomes the customer's unit with the remaining warranty or a new one, as its model's policy says, and
 * the swap is in both units' history. A returned unit's inspection is evidence for the case's decision (R-WA-7).
 */
import { randomUUID } from 'node:crypto';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { RmaSerialSwappedV1, RmaUnitInspectedV1 } from '@aftersales/contracts-rma-inventory';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

describe('warranty: the installed base follows RMA swaps and takes RMA inspections as evidence', () => {
  let t: ServiceUnderTest;
  const admin = (method: 'GET' | 'POST', url: string, body?: unknown) => t.http(method, url, { as: 'admin', body });
  const swap = (rmaId: string, faultySerial: string, replacementSerial: string, customerId: string) => ({
    rmaId,
    rmaNumber: 'RMA-20261125-000001',
    type: 'advance-replacement' as const,
    caseId: randomUUID(),
    customerId,
    productModel: null,
    faultySerial,
    replacementSerial,
    swappedAt: '2026-11-25T03:00:00.000Z',
  });
  const swapped = (rmaId: string) => waitFor(async () => ((await t.count(`SELECT count(*)::int AS n FROM unit_swaps WHERE rma_id = $1`, [rmaId])) > 0 ? true : undefined), { what: 'the swap' });

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule, streams: ['intake', 'dispatch', 'rma-inventory'] });
    const model = { warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } };
    expect((await admin('POST', '/v1/product-models', { code: 'PX-2000', name: 'PX-2000 printer', ...model })).body.replacementWarranty).toBe('remaining');
    expect((await admin('POST', '/v1/product-models', { code: 'PX-NEW', name: 'PX-NEW printer', ...model, replacementWarranty: 'new' })).status).toBe(201);
  });
  afterAll(() => t?.close());

  it('the replacement keeps the remaining warranty; the faulty unit leaves the customer; both histories show the swap; a replay changes nothing', async () => {
    const customerId = randomUUID();
    await admin('POST', '/v1/units', { serialNumber: 'SN-OLD-1', productModel: 'PX-2000', customerId, purchaseDate: '2026-03-02', proofType: 'invoice' });
    const rmaId = randomUUID();
    const event = await t.publish(RmaSerialSwappedV1, { aggregateId: rmaId, data: swap(rmaId, 'SN-OLD-1', 'SN-NEW-1', customerId) });
    await swapped(rmaId);
    expect((await admin('GET', '/v1/units/SN-NEW-1')).body).toMatchObject({ productModel: 'PX-2000', customerId, purchaseDate: '2026-03-02', proofType: 'invoice' });
    expect((await admin('GET', '/v1/units/SN-OLD-1')).body).toMatchObject({ customerId: null });
    expect((await admin('GET', '/v1/units/SN-OLD-1/swaps')).body.items).toEqual([
      { rmaId, rmaNumber: 'RMA-20261125-000001', caseId: event.data.caseId, role: 'replaced', faultySerial: 'SN-OLD-1', replacementSerial: 'SN-NEW-1', replacementWarranty: 'remaining', swappedAt: '2026-11-25T03:00:00.000Z' },
    ]);
    expect((await admin('GET', '/v1/units/SN-NEW-1/swaps')).body.items).toMatchObject([{ role: 'replacement', faultySerial: 'SN-OLD-1' }]);

    // The same swap again (a replayed event, new id), then a sentinel swap: the first is followed once.
    await t.publish(RmaSerialSwappedV1, { aggregateId: rmaId, data: swap(rmaId, 'SN-OLD-1', 'SN-NEW-1', customerId) });
    const sentinel = randomUUID();
    await admin('POST', '/v1/units', { serialNumber: 'SN-OLD-S', productModel: 'PX-2000', customerId, purchaseDate: '2026-03-02', proofType: 'invoice' });
    await t.publish(RmaSerialSwappedV1, { aggregateId: sentinel, data: swap(sentinel, 'SN-OLD-S', 'SN-NEW-S', customerId) });
    await swapped(sentinel);
    expect(await t.count(`SELECT count(*)::int AS n FROM unit_swaps WHERE rma_id = $1`, [rmaId])).toBe(1);
    expect(await t.count(`SELECT count(*)::int AS n FROM unit_ownership WHERE serial_number = 'SN-NEW-1'`)).toBe(1);
  });

  it('a model whose policy says so gives the replacement a new warranty from the day of the swap', async () => {
    const customerId = randomUUID();
    await admin('POST', '/v1/units', { serialNumber: 'SN-OLD-2', productModel: 'PX-NEW', customerId, purchaseDate: '2026-01-10', proofType: 'warranty-card' });
    const rmaId = randomUUID();
    await t.publish(RmaSerialSwappedV1, { aggregateId: rmaId, data: swap(rmaId, 'SN-OLD-2', 'SN-NEW-2', customerId) });
    await swapped(rmaId);
    expect((await admin('GET', '/v1/units/SN-NEW-2')).body).toMatchObject({ purchaseDate: '2026-11-25', deliveryDate: '2026-11-25', customerId });
    expect((await admin('GET', '/v1/units/SN-NEW-2/swaps')).body.items).toMatchObject([{ replacementWarranty: 'new' }]);
  });

  it('R-WA-2: an inspection that finds the returned unit damaged makes the case paid service', async () => {
    await admin('POST', '/v1/units', { serialNumber: 'SN-INSP-1', productModel: 'PX-2000', purchaseDate: '2026-11-01', proofType: 'warranty-card' });
    const caseId = randomUUID();
    await t.publish(CaseOpenedV1, {
      aggregateId: caseId,
      data: {
        caseId,
        caseNumber: 'CS-20261125-000009',
        channel: 'hotline',
        customerId: randomUUID(),
        productModel: 'PX-2000',
        serialNumber: 'SN-INSP-1',
        purchaseDate: null,
        category: 'fault-hardware',
        priority: 'P2',
        symptoms: 'Dead',
        openedAt: new Date().toISOString(),
      },
    });
    const decisionOf = () => t.query(`SELECT id, version FROM entitlement_decisions WHERE case_id = $1`, [caseId]);
    const [decision] = await waitFor(async () => ((await decisionOf()).length ? decisionOf() : undefined), { what: 'the decision' });
    const rmaId = randomUUID();
    await t.publish(RmaUnitInspectedV1, {
      aggregateId: rmaId,
      data: {
        rmaId,
        rmaNumber: 'RMA-20261125-000009',
        type: 'advance-replacement',
        caseId,
        decisionId: decision.id,
        serialNumber: 'SN-INSP-1',
        result: 'damaged',
        faultCode: 'CASE-CRACKED',
        notes: 'Housing cracked, impact marks',
        inspectedBy: 'rma-admin-1',
        inspectedAt: '2026-11-25T06:00:00.000Z',
      },
    });
    await waitFor(async () => ((await decisionOf())[0].version > decision.version ? true : undefined), { what: 'the re-evaluated decision' });
    const after = await t.http('GET', `/v1/entitlement-decisions/${decision.id}`, { as: 'agent' });
    expect(after.body).toMatchObject({ inWarranty: false, remedy: 'paid-service', diagnosis: { faultCode: 'CASE-CRACKED', cause: 'accidental-damage' } });
  });
});
