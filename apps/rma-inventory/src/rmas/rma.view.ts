import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { inspectionResult, rmaLine, rmaStatus, rmaType } from '@aftersales/contracts-rma-inventory';
import { allowedTransitions } from './domain/rma.lifecycle';
import { RmaEntity, RmaHistoryEntity, RmaLineEntity } from './infrastructure/rma.entities';

const at = isoDateTime.nullable();

export const rmaViewSchema = z.object({
  id: z.uuid(),
  rmaNumber: z.string(),
  type: rmaType,
  status: rmaStatus,
  allowedNext: z.array(rmaStatus).describe('The statuses this RMA may move to from here'),
  source: z.enum(['warranty', 'agent', 'dispatch']),
  caseId: z.uuid(),
  decisionId: z.uuid().nullable(),
  workOrderId: z.uuid().nullable(),
  serialNumber: z.string(),
  productModel: z.string().nullable(),
  customerId: z.uuid().nullable(),
  lines: z.array(rmaLine),
  shipping: z.object({ payer: z.enum(['company', 'customer']), rule: z.string() }),
  openedBy: z.string(),
  openedAt: isoDateTime,
  reviewDueAt: at,
  decision: z.object({ by: z.string(), reason: z.string(), at: isoDateTime }).nullable(),
  spare: z
    .object({ reservationId: z.string().nullable(), warehouseCode: z.string(), partNumber: z.string(), substituteFor: z.string().nullable(), shipBy: at, shipByRule: z.string().nullable() })
    .nullable(),
  shipment: z.object({ carrier: z.string(), trackingNumber: z.string(), serialShipped: z.string(), shippedAt: isoDateTime }).nullable(),
  deliveredAt: at,
  returnDueOn: isoDate.nullable(),
  returnDueAt: at,
  receivedAt: at,
  receivedWarehouse: z.string().nullable(),
  turnaroundDueAt: at,
  processingDueAt: at,
  inspection: z.object({ result: inspectionResult, faultCode: z.string().nullable(), notes: z.string(), at: isoDateTime }).nullable(),
  chargedAt: at,
  closedAt: at,
  history: z.array(z.object({ from: rmaStatus.nullable(), to: rmaStatus, action: z.string(), by: z.string(), note: z.string().nullable(), at: isoDateTime })),
  version: z.number().int(),
});
export type RmaView = z.infer<typeof rmaViewSchema>;
export class RmaResponse extends createZodDto(rmaViewSchema) {}

export const rmaSummarySchema = rmaViewSchema.omit({ lines: true, history: true });
export type RmaSummary = z.infer<typeof rmaSummarySchema>;
export class RmaPageResponse extends createZodDto(z.object({ items: z.array(rmaSummarySchema), nextCursor: z.uuid().nullable() })) {}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toRmaSummary(r: RmaEntity): RmaSummary {
  return {
    id: r.id,
    rmaNumber: r.rmaNumber,
    type: r.type,
    status: r.status,
    allowedNext: [...allowedTransitions(r.type, r.status)],
    source: r.source,
    caseId: r.caseId,
    decisionId: r.decisionId,
    workOrderId: r.workOrderId,
    serialNumber: r.serialNumber,
    productModel: r.productModel,
    customerId: r.customerId,
    shipping: { payer: r.shippingPayer, rule: r.shippingRule },
    openedBy: r.openedBy,
    openedAt: r.openedAt.toISOString(),
    reviewDueAt: iso(r.reviewDueAt),
    decision: r.decidedAt && r.decidedBy ? { by: r.decidedBy, reason: r.decisionReason ?? '', at: r.decidedAt.toISOString() } : null,
    spare:
      r.warehouseCode && r.partNumber
        ? { reservationId: r.reservationId, warehouseCode: r.warehouseCode, partNumber: r.partNumber, substituteFor: r.substituteFor, shipBy: iso(r.shipBy), shipByRule: r.shipByRule }
        : null,
    shipment:
      r.shippedAt && r.carrier && r.trackingNumber && r.serialShipped
        ? { carrier: r.carrier, trackingNumber: r.trackingNumber, serialShipped: r.serialShipped, shippedAt: r.shippedAt.toISOString() }
        : null,
    deliveredAt: iso(r.deliveredAt),
    returnDueOn: r.returnDueOn,
    returnDueAt: iso(r.returnDueAt),
    receivedAt: iso(r.receivedAt),
    receivedWarehouse: r.receivedWarehouse,
    turnaroundDueAt: iso(r.turnaroundDueAt),
    processingDueAt: iso(r.processingDueAt),
    inspection: r.inspectionResult && r.inspectedAt ? { result: r.inspectionResult, faultCode: r.inspectionFaultCode, notes: r.inspectionNotes ?? '', at: r.inspectedAt.toISOString() } : null,
    chargedAt: iso(r.chargedAt),
    closedAt: iso(r.closedAt),
    version: r.version,
  };
}

export function toRmaView(r: RmaEntity, lines: RmaLineEntity[], history: RmaHistoryEntity[]): RmaView {
  return {
    ...toRmaSummary(r),
    lines: lines.map((l) => ({ lineNo: l.lineNo, kind: l.kind, serialNumber: l.serialNumber, partNumber: l.partNumber, quantity: l.quantity, reasonCode: l.reasonCode })),
    history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, action: h.action, by: h.by, note: h.note, at: h.at.toISOString() })),
  };
}
