import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { entitlementRuleOutcome } from '@aftersales/contracts-warranty';
import { PriceListEntity, QuoteEntity, ServicePackageEntity, WarrantyClaimEntity } from './infrastructure/paid-service.entities';

export const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY');
export const amountMinor = z.number().int().min(0).max(1e12).describe('Integer minor units (fen, cents)');
export const partNumber = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64');
/** The work the fee is for: parts used, minutes of labour, whether an engineer went on site. */
export const workDone = {
  parts: z.array(z.strictObject({ partNumber, quantity: z.number().int().min(1).max(1_000) })).max(200).default([]),
  labourMinutes: z.number().int().min(0).max(100_000),
  onSite: z.boolean().describe('Travel is charged for an on-site visit where the price list has a travel fee'),
};

export const priceListViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  currency: z.string(),
  labourRatePerHourMinor: z.number().int(),
  travelFeeMinor: z.number().int(),
  parts: z.record(z.string(), z.number().int()),
  createdAt: isoDateTime,
});
export type PriceListView = z.infer<typeof priceListViewSchema>;
export class PriceListResponse extends createZodDto(priceListViewSchema) {}
export const toPriceListView = (p: PriceListEntity): PriceListView => ({
  id: p.id,
  code: p.code,
  currency: p.currency,
  labourRatePerHourMinor: p.labourRatePerHourMinor,
  travelFeeMinor: p.travelFeeMinor,
  parts: p.parts,
  createdAt: p.createdAt.toISOString(),
});

export const servicePackageViewSchema = z.object({
  id: z.uuid(),
  packageNumber: z.string(),
  serialNumber: z.string(),
  labourMinutes: z.number().int(),
  travel: z.boolean(),
  partsAllowance: z.object({ amountMinor: z.number().int(), currency: z.string() }),
  validFrom: isoDate,
  validTo: isoDate,
  createdAt: isoDateTime,
});
export type ServicePackageView = z.infer<typeof servicePackageViewSchema>;
export class ServicePackageResponse extends createZodDto(servicePackageViewSchema) {}
export const toPackageView = (p: ServicePackageEntity): ServicePackageView => ({
  id: p.id,
  packageNumber: p.packageNumber,
  serialNumber: p.serialNumber,
  labourMinutes: p.labourMinutes,
  travel: p.travel,
  partsAllowance: { amountMinor: p.partsAllowanceMinor, currency: p.currency },
  validFrom: p.validFrom,
  validTo: p.validTo,
  createdAt: p.createdAt.toISOString(),
});

const line = z.object({ kind: z.enum(['part', 'labour', 'travel']), description: z.string(), quantity: z.number().int(), unitPriceMinor: z.number().int(), amountMinor: z.number().int() });

export const quoteViewSchema = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  caseId: z.uuid(),
  serialNumber: z.string(),
  priceListCode: z.string(),
  packageNumber: z.string().nullable(),
  currency: z.string(),
  lines: z.array(line),
  deductions: z.array(z.object({ kind: z.enum(['part', 'labour', 'travel']), amountMinor: z.number().int(), detail: z.string() })),
  subtotalMinor: z.number().int(),
  totalMinor: z.number().int().describe('What the customer pays: subtotal less the package deductions'),
  rules: z.array(entitlementRuleOutcome),
  createdAt: isoDateTime,
});
export type QuoteView = z.infer<typeof quoteViewSchema>;
export class QuoteResponse extends createZodDto(quoteViewSchema) {}
export const toQuoteView = (q: QuoteEntity): QuoteView => ({
  id: q.id,
  decisionId: q.decisionId,
  caseId: q.caseId,
  serialNumber: q.serialNumber,
  priceListCode: q.priceListCode,
  packageNumber: q.packageNumber,
  currency: q.currency,
  lines: q.lines,
  deductions: q.deductions,
  subtotalMinor: q.subtotalMinor,
  totalMinor: q.totalMinor,
  rules: q.rules,
  createdAt: q.createdAt.toISOString(),
});

export const claimViewSchema = z.object({
  id: z.uuid(),
  decisionId: z.uuid(),
  caseId: z.uuid(),
  serialNumber: z.string(),
  priceListCode: z.string(),
  currency: z.string(),
  lines: z.array(line),
  amountMinor: z.number().int(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  reason: z.string().nullable(),
  submittedAt: isoDateTime,
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;
export class ClaimResponse extends createZodDto(claimViewSchema) {}
export const toClaimView = (c: WarrantyClaimEntity): ClaimView => ({
  id: c.id,
  decisionId: c.decisionId,
  caseId: c.caseId,
  serialNumber: c.serialNumber,
  priceListCode: c.priceListCode,
  currency: c.currency,
  lines: c.lines,
  amountMinor: c.amountMinor,
  status: c.status,
  reason: c.reason,
  submittedAt: c.submittedAt.toISOString(),
  decidedBy: c.decidedBy,
  decidedAt: c.decidedAt?.toISOString() ?? null,
  version: c.version,
});
