import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { ProductModelEntity, UnitEntity, UnitOwnershipEntity } from './infrastructure/installed-base.entities';

export const startBasis = z.enum(['purchase', 'delivery', 'acceptance']);
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
  createdAt: isoDateTime,
});
export type ProductModelView = z.infer<typeof productModelViewSchema>;
export class ProductModelResponse extends createZodDto(productModelViewSchema) {}
export class ProductModelPageResponse extends createZodDto(z.object({ items: z.array(productModelViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toProductModelView(p: ProductModelEntity): ProductModelView {
  return { id: p.id, code: p.code, name: p.name, warrantyMonths: p.warrantyMonths, startBasis: p.startBasis, coverage: p.coverage, createdAt: p.createdAt.toISOString() };
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
