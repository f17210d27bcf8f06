import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { diagnosedCause } from '@aftersales/contracts-dispatch';

/** Largest signature image accepted, decoded (a signature pad's PNG is a few KiB). */
export const SIGNATURE_MAX_BYTES = 100 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);
const parts = z.array(z.strictObject({ partNumber: text(100), quantity: z.number().int().positive().max(1000) })).max(100);

export class ArriveRequest extends createZodDto(z.strictObject({ arrivedAt: isoDateTime.optional().describe('Defaults to now') })) {}
export class DiagnosisRequest extends createZodDto(
  z.strictObject({
    diagnosis: text(10_000),
    faultCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, dot, dash and underscore, up to 64').optional().describe('e.g. PSU-FAIL'),
    cause: diagnosedCause.optional().describe('R-WA-2: human or accidental damage, unauthorised modification or repair, or misuse make it paid service'),
    defectiveOnArrival: z.boolean().default(false).describe('R-WA-3: dead on arrival'),
  }),
) {}
export class RepairPlanRequest extends createZodDto(
  z.strictObject({
    steps: z.array(text(1000)).min(1).max(50),
    materials: parts.describe('Parts the plan needs'),
    manpower: z.number().int().min(1).max(50).describe('Engineers needed'),
    estimatedHours: z.number().positive().max(1000),
  }),
) {}
export class WorkLogRequest extends createZodDto(z.strictObject({ note: text(10_000) })) {}
export class PartsUsedRequest extends createZodDto(
  z.strictObject({
    partsUsed: parts.describe('Replaces the list of parts used on this visit'),
    warehouseCode: text(50).default('CENTRAL').describe('Where the parts were drawn from'),
    consent: z.strictObject({ customerName: text(200), consentedAt: isoDateTime }).nullable().describe('R-DS-4: the customer agreed to the parts being replaced'),
  }),
) {}
export class TestResultsRequest extends createZodDto(
  z.strictObject({ results: z.array(z.strictObject({ name: text(200), passed: z.boolean(), detail: z.string().trim().max(2000).optional() })).min(1).max(50) }),
) {}
export class QualityCheckRequest extends createZodDto(z.strictObject({ passed: z.boolean(), inspector: text(200), note: z.string().trim().max(2000).optional() })) {}
export class SignOffRequest extends createZodDto(
  z.strictObject({
    customerName: text(200),
    signedAt: isoDateTime.optional().describe('Defaults to now'),
    signaturePng: z
      .string()
      .max(Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4 + 4, `the signature image is larger than ${SIGNATURE_MAX_BYTES} bytes`)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
      .describe(`The customer's signature as a base64 PNG, at most ${SIGNATURE_MAX_BYTES} bytes`),
  }),
) {}
export class CompleteVisitRequest extends createZodDto(z.strictObject({ resolution: text(10_000) })) {}
export class IncompleteVisitRequest extends createZodDto(
  z.strictObject({
    reasonCode: z.enum(['awaiting-parts', 'needs-expert', 'customer-unavailable', 'out-of-time', 'other']),
    reason: text(2000),
    nextVisitAt: isoDateTime.describe('The next visit agreed with the customer'),
    standbyUnit: z.strictObject({ serialNumber: text(100), productModel: text(100) }).nullable().default(null).describe('R-DS-5: a standby unit lent to the customer'),
  }),
) {}
