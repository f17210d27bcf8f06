/**
 * Parts used on a completed work order are booked out of their warehouse (R-RMA-5) and announced as
 * stock.issued.v1, in the transaction that applies dispatch's event: caused by it, in its correlation.
 */
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderCompletedV1 } from '@aftersales/contracts-dispatch';
import { StockIssuedV1, StockIssuedV1Data } from '@aftersales/contracts-rma-inventory';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';
import { StockReservations } from '../src/stock/commands/stock-reservations';
import { StockLedger } from '../src/stock/infrastructure/stock-ledger';

describe('rma-inventory: parts of a completed work order are issued from stock', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: rmaInventoryService, appModule: AppModule, streams: ['dispatch'] });
    await t.query(`INSERT INTO warehouses (code, name, kind, region) VALUES ('CENTRAL', 'Central spare-parts warehouse', 'central', NULL)`);
    await t.query(`INSERT INTO spare_parts (part_number, description, critical) VALUES ('PSU-500W', '500 W power supply unit', true)`);
    await t.dataSource.transaction((m) => t.app.get(StockLedger).move(m, { warehouseCode: 'CENTRAL', partNumber: 'PSU-500W', onHandDelta: 10, reason: 'receipt', actor: 'test', at: new Date() }));
    events = await t.events();
  });
  afterAll(() => t?.close());

  it('books the parts out and says so, caused by the completion and in its correlation', async () => {
    const workOrderId = uuidv7();
    const caseId = uuidv7();
    const completed = await t.publish(WorkOrderCompletedV1, {
      aggregateId: workOrderId,
      correlationId: '0192f3a0-7c1e-7c3a-9a4e-00000000cc01',
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261123-000001',
        caseId,
        engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
        warehouseCode: 'CENTRAL',
        partsUsed: [{ partNumber: 'PSU-500W', quantity: 2 }],
        resolution: 'Replaced power supply',
        completedAt: '2026-11-23T12:40:00.000Z',
      },
    });
    const issued = (await events.waitFor((e) => e.type === StockIssuedV1.subject && (e.data as StockIssuedV1Data).workOrderId === workOrderId)) as EventEnvelope<StockIssuedV1Data>;
    expect(issued).toMatchObject({
      source: 'rma-inventory',
      correlationId: '0192f3a0-7c1e-7c3a-9a4e-00000000cc01',
      causationId: completed.id,
      data: { warehouseCode: 'CENTRAL', workOrderId, caseId, lines: [{ partNumber: 'PSU-500W', quantity: 2, onHandAfter: 8 }] },
    });
    expect(issued.subject).toBe(issued.data.issueId);
  });

  it('draws first on what was reserved for the work order: the reservation is issued, what it held beyond the use is available again', async () => {
    const workOrderId = uuidv7();
    const reservation = await t.dataSource.transaction((m) =>
      t.app.get(StockReservations).reserve(m, { partNumber: 'PSU-500W', quantity: 2, warehouseCode: 'CENTRAL', reference: 'WO-20261123-000002', actor: 'engineer-1' }),
    );
    expect(await t.query(`SELECT on_hand, reserved FROM stock_levels WHERE part_number = 'PSU-500W'`)).toEqual([{ on_hand: 8, reserved: 2 }]);
    await t.publish(WorkOrderCompletedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261123-000002',
        caseId: uuidv7(),
        engineerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000e1',
        warehouseCode: 'CENTRAL',
        partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }],
        resolution: 'Replaced power supply',
        completedAt: '2026-11-23T13:40:00.000Z',
      },
    });
    await events.waitFor((e) => e.type === StockIssuedV1.subject && (e.data as StockIssuedV1Data).workOrderId === workOrderId);
    expect(await t.query(`SELECT on_hand, reserved FROM stock_levels WHERE part_number = 'PSU-500W'`)).toEqual([{ on_hand: 7, reserved: 0 }]);
    expect(await t.query(`SELECT status FROM stock_reservations WHERE id = $1`, [reservation.id])).toEqual([{ status: 'issued' }]);
  });
});
