import {
  StockLentV1Data,
  StockLoanReturnedV1Data,
  StockReservationIssuedV1Data,
  StockReservationReleasedV1Data,
  StockReservedV1Data,
  StockReturnedV1Data,
} from '@aftersales/contracts-rma-inventory';
import { StockLoanEntity, StockReservationEntity } from '../infrastructure/stock.entities';

/** stock.reserved.v1: a reservation or a contract hold, with the part chosen (R-RMA-2, R-RMA-5). */
export function stockReservedData(r: StockReservationEntity, availableAfter: number): StockReservedV1Data {
  return {
    reservationId: r.id,
    kind: r.kind,
    warehouseCode: r.warehouseCode,
    partNumber: r.partNumber,
    requestedPartNumber: r.requestedPartNumber,
    substitute: r.partNumber !== r.requestedPartNumber,
    quantity: r.quantity,
    contractId: r.contractId,
    caseId: r.caseId,
    reference: r.reference,
    drawnFromHold: r.drawnFromHold,
    availableAfter,
    reservedBy: r.createdBy,
    reservedAt: r.createdAt.toISOString(),
  };
}

/** stock.reservation-released.v1. */
export function reservationReleasedData(r: StockReservationEntity, quantity: number, reason: string, availableAfter: number, actor: string, at: Date): StockReservationReleasedV1Data {
  return {
    reservationId: r.id,
    kind: r.kind,
    warehouseCode: r.warehouseCode,
    partNumber: r.partNumber,
    quantity,
    reference: r.reference,
    reason,
    availableAfter,
    releasedBy: actor,
    releasedAt: at.toISOString(),
  };
}

/** stock.reservation-issued.v1: reserved stock left for a customer or a work order, serials named. */
export function reservationIssuedData(
  r: StockReservationEntity,
  destination: 'customer' | 'work-order',
  onHandAfter: number,
  actor: string,
  at: Date,
): StockReservationIssuedV1Data {
  return {
    reservationId: r.id,
    warehouseCode: r.warehouseCode,
    partNumber: r.partNumber,
    quantity: r.quantity,
    serialNumbers: r.serialNumbers,
    destination,
    caseId: r.caseId,
    reference: r.reference,
    onHandAfter,
    issuedBy: actor,
    issuedAt: at.toISOString(),
  };
}

/** stock.lent.v1 (R-DS-5). */
export function stockLentData(loan: StockLoanEntity, onHandAfter: number): StockLentV1Data {
  return {
    loanId: loan.id,
    warehouseCode: loan.warehouseCode,
    partNumber: loan.partNumber,
    quantity: loan.quantity,
    serialNumber: loan.serialNumber,
    reference: loan.reference,
    onHandAfter,
    lentBy: loan.lentBy,
    lentAt: loan.lentAt.toISOString(),
  };
}

/** stock.loan-returned.v1. */
export function loanReturnedData(loan: StockLoanEntity, onHandAfter: number, actor: string): StockLoanReturnedV1Data {
  return {
    loanId: loan.id,
    warehouseCode: loan.returnedTo ?? loan.warehouseCode,
    partNumber: loan.partNumber,
    quantity: loan.quantity,
    serialNumber: loan.serialNumber,
    reference: loan.reference,
    onHandAfter,
    receivedBy: actor,
    returnedAt: (loan.returnedAt ?? loan.lentAt).toISOString(),
  };
}

/** stock.returned.v1: a part back from a customer (R-RMA-3). */
export function stockReturnedData(input: {
  returnId: string;
  warehouseCode: string;
  partNumber: string;
  quantity: number;
  serialNumber: string | null;
  condition: 'good' | 'faulty';
  reference: string;
  onHandAfter: number;
  actor: string;
  at: Date;
}): StockReturnedV1Data {
  return {
    returnId: input.returnId,
    warehouseCode: input.warehouseCode,
    partNumber: input.partNumber,
    quantity: input.quantity,
    serialNumber: input.serialNumber,
    condition: input.condition,
    reference: input.reference,
    onHandAfter: input.onHandAfter,
    receivedBy: input.actor,
    returnedAt: input.at.toISOString(),
  };
}
