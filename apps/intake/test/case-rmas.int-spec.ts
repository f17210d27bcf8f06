/**
 * Intake shows the RMA on the case (issue #11, R-RMA-2, R-RMA-3): waiting on parts while the spare is due, then the
 * shipment and the return, from rma-inventory's events, in whatever order they arrive.
 */
import { randomUUID } from 'node:crypto';
import { RmaApprovedV1, RmaDeliveredV1, RmaOpenedV1, RmaShippedV1, RmaUnitReceivedV1 } from '@aftersales/contracts-rma-inventory';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { openPrinterCase, registerCustomer, staffHttp } from './intake-fixtures';

describe('intake: the RMAs of a case', () => {
  let t: ServiceUnderTest;
  const http = staffHttp(() => t);

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, streams: ['warranty', 'dispatch', 'rma-inventory'] });
  });
  afterAll(() => t?.close());

  it('shows an advance replacement waiting on parts, then shipped, delivered with its return due, and returned', async () => {
    const customerId = randomUUID();
    await registerCustomer(t, customerId);
    const c = await openPrinterCase(t, customerId, 'P2');
    const rmaId = randomUUID();
    const ref = { rmaId, rmaNumber: 'RMA-20261124-000001', type: 'advance-replacement' as const, caseId: c.id };
    const rmasOf = async () => (await http('GET', `/v1/cases/${c.id}`, 'agent')).body.rmas;
    const until = (check: (rmas: { status: string }[]) => boolean) => waitFor(async () => ((await rmasOf()).length && check(await rmasOf()) ? rmasOf() : undefined), { what: 'the case RMAs' });

    await t.publish(RmaOpenedV1, {
      aggregateId: rmaId,
      sequence: 1,
      data: {
        ...ref,
        decisionId: null,
        serialNumber: 'SN-1',
        productModel: 'PX-2000',
        customerId,
        lines: [{ lineNo: 1, kind: 'unit', serialNumber: 'SN-1', partNumber: 'PX-2000', quantity: 1, reasonCode: 'hardware-fault' }],
        shipping: { payer: 'company', rule: 'R-RMA-8: a quality problem: the company pays all shipping' },
        openedBy: 'agent-1',
        reviewDueAt: '2026-11-25T02:00:00.000Z',
        openedAt: '2026-11-24T02:00:00.000Z',
      },
    });
    await t.publish(RmaApprovedV1, {
      aggregateId: rmaId,
      sequence: 2,
      data: { ...ref, reason: 'Fault confirmed', approvedBy: 'rma-admin-1', reservation: null, shipBy: '2026-11-24T09:00:00.000Z', shipByRule: 'R-RMA-2', approvedAt: '2026-11-24T05:00:00.000Z' },
    });
    expect(await until((r) => r[0].status === 'approved')).toEqual([
      {
        rmaId,
        rmaNumber: 'RMA-20261124-000001',
        type: 'advance-replacement',
        status: 'approved',
        waitingOnParts: true,
        spareDueBy: '2026-11-24T09:00:00.000Z',
        shipment: null,
        deliveredAt: null,
        returnDueOn: null,
        returnedAt: null,
        inspection: null,
      },
    ]);

    // Delivered is published before shipped: the status stays delivered, the shipment is still shown.
    await t.publish(RmaDeliveredV1, {
      aggregateId: rmaId,
      sequence: 4,
      data: { ...ref, serialDelivered: 'SN-2', returnDueOn: '2026-12-08', returnDueAt: '2026-12-08T09:00:00.000Z', deliveredAt: '2026-11-25T03:00:00.000Z' },
    });
    await t.publish(RmaShippedV1, {
      aggregateId: rmaId,
      sequence: 3,
      data: { ...ref, warehouseCode: 'SH-EAST', partNumber: 'PX-2000', serialShipped: 'SN-2', carrier: 'SF Express', trackingNumber: 'SF1', shipBy: null, onTime: null, shippedBy: 'rma-admin-1', shippedAt: '2026-11-24T08:00:00.000Z' },
    });
    const shown = await until((r) => r[0].status === 'delivered' && (r[0] as unknown as { shipment: unknown }).shipment !== null);
    expect(shown[0]).toMatchObject({ status: 'delivered', waitingOnParts: false, returnDueOn: '2026-12-08', shipment: { carrier: 'SF Express', trackingNumber: 'SF1', serialShipped: 'SN-2' } });

    await t.publish(RmaUnitReceivedV1, {
      aggregateId: rmaId,
      sequence: 5,
      data: { ...ref, serialReceived: 'SN-1', warehouseCode: 'SH-EAST', late: false, turnaroundDueAt: null, receivedBy: 'rma-admin-1', receivedAt: '2026-12-01T02:00:00.000Z' },
    });
    expect((await until((r) => r[0].status === 'received'))[0]).toMatchObject({ returnedAt: '2026-12-01T02:00:00.000Z' });
    const log = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.map((a: { kind: string }) => a.kind);
    expect(log).toEqual(expect.arrayContaining(['rma-opened', 'rma-approved', 'rma-delivered', 'rma-shipped', 'rma-unit-received']));
  });
});
