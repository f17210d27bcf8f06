import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime, priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory, caseChannel, caseComplainant, caseDifficulty, purchaseProof } from '@aftersales/contracts-intake';
import { CASE_STATUSES } from './domain/case-lifecycle';
import { CaseActivityEntity, CaseEntity } from './infrastructure/case.entity';

/** The API shape of a case (documented in OpenAPI). Customers get the same fields: it is their own case (R-IN-8). */
export const caseViewSchema = z.object({
  id: z.uuid(),
  caseNumber: z.string().describe('R-IN-3: CS-YYYYMMDD-NNNNNN'),
  channel: caseChannel,
  customerId: z.uuid(),
  contact: z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional() }).describe('PII: never leaves intake'),
  productModel: z.string(),
  serialNumber: z.string(),
  purchaseDate: isoDate.nullable(),
  purchaseProof: purchaseProof.nullable(),
  purchaseProofReference: z.string().nullable(),
  symptoms: z.string(),
  occurredAt: isoDateTime.nullable(),
  stepsToReproduce: z.string().nullable(),
  category: caseCategory,
  difficulty: caseDifficulty.nullable().describe('R-IN-4: common or difficult (常见/疑难), null until classified'),
  priority: priorityLevel,
  status: z.enum(CASE_STATUSES),
  siteId: z.uuid().nullable(),
  region: z.string().nullable(),
  branchCode: z.string().nullable().describe('The branch working the case (R-IN-8: its staff read it)'),
  entitlement: z
    .object({
      decisionId: z.uuid(),
      inWarranty: z.boolean(),
      allowedServiceModes: z.array(serviceMode),
      slaPlanCode: z.string().nullable(),
      warrantyEndsOn: isoDate.nullable(),
    })
    .nullable()
    .describe("Warranty's decision, once recorded"),
  serviceMode: serviceMode.nullable().describe('The mode field work was requested in (R-DS-1, R-DS-2), once requested'),
  workOrderId: z.uuid().nullable(),
  rmas: z
    .array(
      z.object({
        rmaId: z.uuid(),
        rmaNumber: z.string(),
        type: z.string(),
        status: z.string(),
        waitingOnParts: z.boolean().describe('A spare or replacement is approved and not yet with the customer (R-RMA-2)'),
        spareDueBy: isoDateTime.nullable().describe('When the spare ships by'),
        shipment: z.object({ carrier: z.string(), trackingNumber: z.string(), serialShipped: z.string(), shippedAt: isoDateTime }).nullable(),
        deliveredAt: isoDateTime.nullable(),
        returnDueOn: isoDate.nullable().describe('R-RMA-3: the faulty unit is due back by the end of this working day'),
        returnedAt: isoDateTime.nullable(),
        inspection: z.string().nullable(),
      }),
    )
    .describe("rma-inventory's RMAs for the case: waiting on parts, the shipment, the return"),
  resolution: z.string().nullable(),
  assigneeId: z.string().nullable().describe('The engineer working the case (R-IN-6)'),
  assigneeName: z.string().nullable().describe('Their name, when known (dispatch names the engineer it assigns)'),
  assignedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  respondedAt: isoDateTime.nullable(),
  diagnosedAt: isoDateTime.nullable(),
  resolvedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  complainant: caseComplainant.nullable().describe('R-CP-5: the customer had complained before this case opened: serve them with extra care'),
  version: z.number().int(),
});
export type CaseView = z.infer<typeof caseViewSchema>;
export class CaseResponse extends createZodDto(caseViewSchema) {}

export const caseActivityViewSchema = z.object({
  id: z.uuid(),
  at: isoDateTime,
  actor: z.string().describe('user:<subject> or system:<service>'),
  kind: z.string(),
  visibility: z.enum(['public', 'internal']),
  detail: z.record(z.string(), z.unknown()),
});
export type CaseActivityView = z.infer<typeof caseActivityViewSchema>;

export class CasePageResponse extends createZodDto(z.object({ items: z.array(caseViewSchema), nextCursor: z.uuid().nullable() })) {}
export class CaseActivityResponse extends createZodDto(z.object({ items: z.array(caseActivityViewSchema) })) {}

export function toCaseView(c: CaseEntity): CaseView {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    channel: c.channel,
    customerId: c.customerId,
    contact: c.contact,
    productModel: c.productModel,
    serialNumber: c.serialNumber,
    purchaseDate: c.purchaseDate,
    purchaseProof: c.purchaseProof,
    purchaseProofReference: c.purchaseProofReference,
    symptoms: c.symptoms,
    occurredAt: c.occurredAt?.toISOString() ?? null,
    stepsToReproduce: c.stepsToReproduce,
    category: c.category,
    difficulty: c.difficulty ?? null,
    priority: c.priority,
    status: c.status,
    siteId: c.siteId,
    region: c.region,
    branchCode: c.branchCode ?? null,
    entitlement: c.entitlement,
    serviceMode: c.serviceMode,
    workOrderId: c.workOrderId,
    rmas: (c.rmas ?? []).map((r) => ({
      rmaId: r.rmaId,
      rmaNumber: r.rmaNumber,
      type: r.type,
      status: r.status,
      waitingOnParts: r.waitingOnParts,
      spareDueBy: r.spareDueBy,
      shipment: r.shipment,
      deliveredAt: r.deliveredAt,
      returnDueOn: r.returnDueOn,
      returnedAt: r.returnedAt,
      inspection: r.inspection,
    })),
    resolution: c.resolution,
    assigneeId: c.assigneeId ?? null,
    assigneeName: c.assigneeName ?? null,
    assignedAt: c.assignedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    respondedAt: c.respondedAt?.toISOString() ?? null,
    diagnosedAt: c.diagnosedAt?.toISOString() ?? null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    complainant: c.complainant ?? null,
    version: c.version,
  };
}

export function toActivityView(a: CaseActivityEntity): CaseActivityView {
  return { id: a.id, at: a.at.toISOString(), actor: a.actor, kind: a.kind, visibility: a.visibility, detail: a.detail };
}
