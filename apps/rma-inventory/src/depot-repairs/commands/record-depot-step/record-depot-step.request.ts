import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { depotRepairStep } from '@aftersales/contracts-rma-inventory';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'letters, digits, dot, dash, slash and underscore, up to 64');

/** What each step must say (R-RMA-6). */
const REQUIRED: Record<string, readonly string[]> = {
  diagnosed: ['diagnosis', 'paid'],
  quoted: ['quoteId', 'amountMinor', 'currency'],
  'qc-failed': ['notes'],
  'shipped-back': ['carrier', 'trackingNumber'],
};

export const recordDepotStepSchema = z
  .strictObject({
    step: depotRepairStep.exclude(['received']).describe('The next step; receipt is POST /v1/depot-repairs'),
    diagnosis: z.string().trim().min(1).max(4000).optional().describe('diagnosed'),
    faultCode: code.optional().describe('diagnosed'),
    paid: z.boolean().optional().describe('diagnosed: paid service (R-DS-7), quoted before it is repaired'),
    quoteId: z.uuid().optional().describe("quoted: warranty's quote"),
    amountMinor: z.number().int().min(0).max(1e12).optional().describe('quoted'),
    currency: z.string().regex(/^[A-Z]{3}$/).optional().describe('quoted'),
    partsUsed: z
      .array(z.strictObject({ partNumber: code, quantity: z.number().int().min(1).max(100), serialNumbers: z.array(code).max(100).optional() }))
      .max(20)
      .optional()
      .describe("repaired: taken out of the depot's own stock"),
    notes: z.string().trim().min(1).max(4000).optional(),
    carrier: z.string().trim().min(1).max(100).optional().describe('shipped-back'),
    trackingNumber: code.optional().describe('shipped-back'),
  })
  .superRefine((s, ctx) => {
    for (const field of REQUIRED[s.step] ?? []) {
      if (s[field as keyof typeof s] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `required for ${s.step}` });
    }
  });
export type RecordDepotStepInput = z.infer<typeof recordDepotStepSchema>;
export class RecordDepotStepRequest extends createZodDto(recordDepotStepSchema) {}
