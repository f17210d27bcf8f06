import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { depotRepairStep } from '@aftersales/contracts-rma-inventory';
import { allowedDepotSteps } from './domain/depot-repair.lifecycle';
import { DepotRepairEntity, DepotRepairStepEntity } from './infrastructure/depot-repair.entities';

export const depotRepairViewSchema = z.object({
  id: z.uuid(),
  repairNumber: z.string(),
  caseId: z.uuid(),
  rmaId: z.uuid().nullable(),
  customerId: z.uuid().nullable(),
  serialNumber: z.string(),
  productModel: z.string().nullable(),
  mode: z.enum(['carry-in', 'mail-in']),
  warehouseCode: z.string(),
  status: depotRepairStep,
  allowedNext: z.array(depotRepairStep),
  paid: z.boolean().nullable(),
  turnaroundDueAt: isoDateTime.nullable(),
  receivedAt: isoDateTime,
  steps: z.array(z.object({ step: depotRepairStep, by: z.string(), at: isoDateTime, details: z.record(z.string(), z.unknown()) })),
  version: z.number().int(),
});
export type DepotRepairView = z.infer<typeof depotRepairViewSchema>;
export class DepotRepairResponse extends createZodDto(depotRepairViewSchema) {}
export class DepotRepairPageResponse extends createZodDto(z.object({ items: z.array(depotRepairViewSchema.omit({ steps: true })), nextCursor: z.uuid().nullable() })) {}

export function toDepotRepairSummary(r: DepotRepairEntity): Omit<DepotRepairView, 'steps'> {
  return {
    id: r.id,
    repairNumber: r.repairNumber,
    caseId: r.caseId,
    rmaId: r.rmaId,
    customerId: r.customerId,
    serialNumber: r.serialNumber,
    productModel: r.productModel,
    mode: r.mode,
    warehouseCode: r.warehouseCode,
    status: r.status,
    allowedNext: allowedDepotSteps(r.status, r.paid),
    paid: r.paid,
    turnaroundDueAt: r.turnaroundDueAt?.toISOString() ?? null,
    receivedAt: r.receivedAt.toISOString(),
    version: r.version,
  };
}

export function toDepotRepairView(r: DepotRepairEntity, steps: DepotRepairStepEntity[]): DepotRepairView {
  return { ...toDepotRepairSummary(r), steps: steps.map((s) => ({ step: s.step, by: s.by, at: s.at.toISOString(), details: s.details })) };
}
