import { WorkOrderCompletedV1Data } from '@aftersales/contracts-dispatch';
import { StockIssuedV1Data } from '@aftersales/contracts-rma-inventory';

/** stock.issued.v1: the parts a completed work order took out of its warehouse, with what is left on hand (R-RMA-5). */
export function stockIssuedData(issueId: string, workOrder: WorkOrderCompletedV1Data, lines: StockIssuedV1Data['lines'], issuedAt: Date): StockIssuedV1Data {
  return { issueId, warehouseCode: workOrder.warehouseCode, workOrderId: workOrder.workOrderId, caseId: workOrder.caseId, lines, issuedAt: issuedAt.toISOString() };
}
