import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CASE_STATUSES } from '../../domain/case-lifecycle';

/**
 * One endpoint for every status change, as service desks do: the target status, the version read, and what the
 * change needs (a resolution to resolve; a reason to reopen or to reject a resolution, checked by the lifecycle).
 */
export const changeStatusSchema = z
  .strictObject({
    status: z.enum(CASE_STATUSES).describe('The status the case should move to'),
    version: z.number().int().min(1).describe('The version of the case you last read: a case changed since then is a 409 (optimistic concurrency)'),
    reason: z.string().trim().min(1).max(2000).optional().describe('Why; required to reopen (R-IN-7) and to reject a resolution (resolved -> in-progress)'),
    resolution: z.string().trim().min(1).max(10_000).optional().describe('With status resolved only: what was done; the customer confirms or rejects it (R-IN-7)'),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'resolved' && !body.resolution) ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'required to resolve a case' });
    if (body.status !== 'resolved' && body.resolution !== undefined) ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'only when resolving a case' });
  });
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;
export class ChangeStatusRequest extends createZodDto(changeStatusSchema) {}
