import { RmaOpenedV1Data } from '@aftersales/contracts-rma-inventory';
import { RmaEntity, RmaLineEntity } from '../infrastructure/rma.entities';
import { rmaRef } from './rma-ref';

/** rma.opened.v1 (R-RMA-1, R-RMA-7, R-RMA-8). */
export function rmaOpenedData(r: RmaEntity, lines: RmaLineEntity[]): RmaOpenedV1Data {
  return {
    ...rmaRef(r),
    decisionId: r.decisionId,
    serialNumber: r.serialNumber,
    productModel: r.productModel,
    customerId: r.customerId,
    lines: lines.map((l) => ({ lineNo: l.lineNo, kind: l.kind, serialNumber: l.serialNumber, partNumber: l.partNumber, quantity: l.quantity, reasonCode: l.reasonCode })),
    shipping: { payer: r.shippingPayer, rule: r.shippingRule },
    openedBy: r.openedBy,
    reviewDueAt: (r.reviewDueAt ?? r.openedAt).toISOString(),
    openedAt: r.openedAt.toISOString(),
  };
}
