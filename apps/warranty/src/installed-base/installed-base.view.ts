import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { ProductModelEntity, UnitEntity, UnitOwnershipEntity, UnitSwapEntity } from './infrastructure/installed-base.entities';

export const startBasis = z.enum(['purchase', 'delivery', 'acceptance']);
export const replacementWarranty = z.enum(['remaining', 'new']);
export const proofType = z.enum(['invoice', 'warranty-card', 'none']);
export const coverageSchema = z.strictObject({
  parts: z.boolean(),
  labour: z.boolean(),
  onSite: z.boolean().describe('Engineer visits are free (R-WA-1)'),
  travel: z.boolean().describe('Travel costs are free (R-DS-7)'),
});

export const productModelViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  warrantyMonths: z.number().int(),
  startBasis,
  coverage: coverageSchema,
  replacementWarranty,
  createdAt: isoDateTime,
});
export type ProductModelView = z.infer<typeof productModelViewSchema>;
export class ProductModelResponse extends createZodDto(productModelViewSchema) {}
export class ProductModelPageResponse extends createZodDto(z.object({ items: z.array(productModelViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toProductModelView(p: ProductModelEntity): ProductModelView {
  return { id: p.id, code: p.code, name: p.name, warrantyMonths: p.warrantyMonths, startBasis: p.startBasis, coverage: p.coverage, replacementWarranty: p.replacementWarranty, createdAt: p.createdAt.toISOString() };
}

export const unitViewSchema = z.object({
  id: z.uuid(),
  serialNumber: z.string(),
  productModel: z.string().describe('Code of the product model'),
  customerId: z.uuid().nullable().describe('Owner, when known'),
  purchaseDate: isoDate.nullable(),
  deliveryDate: isoDate.nullable(),
  acceptanceDate: isoDate.nullable(),
  proofType,
  createdAt: isoDateTime,
});
export type UnitView = z.infer<typeof unitViewSchema>;
export class UnitResponse extends createZodDto(unitViewSchema) {}
export class UnitPageResponse extends createZodDto(z.object({ items: z.array(unitViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toUnitView(u: UnitEntity): UnitView {
  return {
    id: u.id,
    serialNumber: u.serialNumber,
    productModel: u.modelCode,
    customerId: u.customerId,
    purchaseDate: u.purchaseDate,
    deliveryDate: u.deliveryDate,
    acceptanceDate: u.acceptanceDate,
    proofType: u.proofType,
    createdAt: u.createdAt.toISOString(),
  };
}

export const ownershipViewSchema = z.object({
  id: z.uuid(),
  serialNumber: z.string(),
  fromCustomerId: z.uuid().nullable().describe('null for the owner the unit was registered with'),
  toCustomerId: z.uuid(),
  transferredOn: isoDate,
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
});
export type OwnershipView = z.infer<typeof ownershipViewSchema>;
export class OwnershipResponse extends createZodDto(ownershipViewSchema) {}
export class OwnershipHistoryResponse extends createZodDto(z.object({ items: z.array(ownershipViewSchema) })) {}

export function toOwnershipView(o: UnitOwnershipEntity): OwnershipView {
  return {
    id: o.id,
    serialNumber: o.serialNumber,
    fromCustomerId: o.fromCustomerId,
    toCustomerId: o.toCustomerId,
    transferredOn: o.transferredOn,
    note: o.note,
    recordedBy: o.recordedBy,
    recordedAt: o.recordedAt.toISOString(),
  };
}

export const unitSwapViewSchema = z.object({
  rmaId: z.uuid(),
  rmaNumber: z.string(),
  caseId: z.uuid(),
  role: z.enum(['replaced', 'replacement']).describe('replaced: this unit went back; replacement: this unit came in its place'),
  faultySerial: z.string(),
  replacementSerial: z.string(),
  replacementWarranty: replacementWarranty,
  swappedAt: isoDateTime,
});
export type UnitSwapView = z.infer<typeof unitSwapViewSchema>;
export class UnitSwapListResponse extends createZodDto(z.object({ items: z.array(unitSwapViewSchema) })) {}

export function toUnitSwapView(s: UnitSwapEntity, serialNumber: string): UnitSwapView {
  return {
    rmaId: s.rmaId,
    rmaNumber: s.rmaNumber,
    caseId: s.caseId,
    role: s.faultySerial === serialNumber ? 'replaced' : 'replacement',
    faultySerial: s.faultySerial,
    replacementSerial: s.replacementSerial,
    replacementWarranty: s.replacementWarranty,
    swappedAt: s.swappedAt.toISOString(),
  };
}
