import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { caseCategory } from '@aftersales/contracts-intake';
import { PERIODS, REVISIT_KINDS } from '../../domain/revisit-plan';

/** One shape for both kinds (OpenAPI-friendly); the fields of the other kind are refused. */
export const putPlanSchema = z
  .strictObject({
    kind: z.enum(REVISIT_KINDS),
    categories: z.array(caseCategory).min(1).nullable().optional().describe('after-service: the case categories it follows; null: all'),
    afterDays: z.number().int().min(0).max(365).optional().describe('after-service: calendar days after closure; a non-working day moves to the next working day'),
    slaPlanCodes: z.array(z.string().min(1).max(100)).min(1).nullable().optional().describe('contract-periodic: the SLA plans of the contracts it covers; null: all'),
    every: z.enum(PERIODS).optional().describe('contract-periodic: monthly or quarterly'),
    maxAttempts: z.number().int().min(1).max(10).describe('Attempts in all before an unreached customer is given up'),
    retryAfterWorkingDays: z.number().int().min(1).max(30).describe('An unreached customer is tried again this many working days later'),
    active: z.boolean(),
  })
  .superRefine((p, ctx) => {
    const need = p.kind === 'after-service' ? (['categories', 'afterDays'] as const) : (['slaPlanCodes', 'every'] as const);
    const refuse = p.kind === 'after-service' ? (['slaPlanCodes', 'every'] as const) : (['categories', 'afterDays'] as const);
    for (const f of need) if (p[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: `required for ${p.kind}` });
    for (const f of refuse) if (p[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: `not a field of ${p.kind}` });
  });
export class PutPlanRequest extends createZodDto(putPlanSchema) {}
