import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { putPlanSchema } from './commands/put-plan/put-plan.request';
import { RevisitPlanEntity } from './infrastructure/revisit.entities';

export const revisitPlanViewSchema = z.object({ code: z.string(), version: z.number().int(), definition: putPlanSchema, createdAt: isoDateTime, createdBy: z.string() });
export type RevisitPlanView = z.infer<typeof revisitPlanViewSchema>;
export class RevisitPlanResponse extends createZodDto(revisitPlanViewSchema) {}
export class RevisitPlanListResponse extends createZodDto(z.object({ items: z.array(revisitPlanViewSchema) })) {}

export function toPlanView(p: RevisitPlanEntity): RevisitPlanView {
  return { code: p.code, version: p.version, definition: p.definition as RevisitPlanView['definition'], createdAt: p.createdAt.toISOString(), createdBy: p.createdBy };
}
