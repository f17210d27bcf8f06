import {
  StockCountedV1Data,
  StockMinimumSetV1Data,
  StockReceivedV1Data,
  StockTransferDispatchedV1Data,
  StockTransferReceivedV1Data,
  StockWrittenOffV1Data,
} from '@aftersales/contracts-rma-inventory';
import { StockCountEntity, StockTransferEntity } from '../infrastructure/stock.entities';

/** stock.received.v1. */
export function stockReceivedData(input: {
  receiptId: string;
  warehouseCode: string;
  supplierReference: string | null;
  lines: StockReceivedV1Data['lines'];
  actor: string;
  at: Date;
}): StockReceivedV1Data {
  return { receiptId: input.receiptId, warehouseCode: input.warehouseCode, supplierReference: input.supplierReference, lines: input.lines, receivedBy: input.actor, receivedAt: input.at.toISOString() };
}

/** stock.transfer-dispatched.v1: in transit from now until received. */
export function transferDispatchedData(t: StockTransferEntity): StockTransferDispatchedV1Data {
  return { transferId: t.id, fromWarehouse: t.fromWarehouse, toWarehouse: t.toWarehouse, lines: t.lines, dispatchedBy: t.dispatchedBy, dispatchedAt: t.dispatchedAt.toISOString() };
}

/** stock.transfer-received.v1. */
export function transferReceivedData(t: StockTransferEntity, onHandAfter: Map<string, number>): StockTransferReceivedV1Data {
  return {
    transferId: t.id,
    fromWarehouse: t.fromWarehouse,
    toWarehouse: t.toWarehouse,
    lines: t.lines.map((l) => ({ ...l, onHandAfter: onHandAfter.get(l.partNumber) ?? 0 })),
    receivedBy: t.receivedBy ?? '',
    receivedAt: (t.receivedAt ?? t.dispatchedAt).toISOString(),
  };
}

/** stock.counted.v1. */
export function stockCountedData(c: StockCountEntity): StockCountedV1Data {
  return { countId: c.id, warehouseCode: c.warehouseCode, lines: c.lines, countedBy: c.countedBy, countedAt: c.countedAt.toISOString() };
}

/** stock.minimum-set.v1. */
export function minimumSetData(warehouseCode: string, partNumber: string, minimum: number, actor: string, at: Date): StockMinimumSetV1Data {
  return { warehouseCode, partNumber, minimum, setBy: actor, setAt: at.toISOString() };
}

/** stock.written-off.v1. */
export function writtenOffData(input: Omit<StockWrittenOffV1Data, 'writtenOffAt' | 'writtenOffBy'> & { actor: string; at: Date }): StockWrittenOffV1Data {
  const { actor, at, ...rest } = input;
  return { ...rest, writtenOffBy: actor, writtenOffAt: at.toISOString() };
}
