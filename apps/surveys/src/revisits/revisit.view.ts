import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { REVISIT_KINDS, REVISIT_STATUSES } from './domain/revisit-plan';
import { RevisitEntity } from './infrastructure/revisit.entities';

export const revisitViewSchema = z.object({
  id: z.uuid(),
  planCode: z.string(),
  planVersion: z.number().int(),
  kind: z.enum(REVISIT_KINDS),
  customerId: z.uuid(),
  caseId: z.uuid().nullable(),
  contractId: z.uuid().nullable(),
  productModel: z.string().nullable(),
  serialNumber: z.string().nullable(),
  plannedOn: isoDate.describe('The date the plan gives'),
  dueOn: isoDate.describe('A working day: plannedOn, or the next working day (R-SV-2)'),
  status: z.enum(REVISIT_STATUSES),
  attempts: z.number().int(),
  findings: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  newProblems: z.array(z.object({ description: z.string(), fault: z.boolean(), faultId: z.uuid().nullable() })),
  completedBy: z.string().nullable(),
  completedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type RevisitView = z.infer<typeof revisitViewSchema>;
export class RevisitResponse extends createZodDto(revisitViewSchema) {}
export class RevisitPageResponse extends createZodDto(z.object({ items: z.array(revisitViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toRevisitView(r: RevisitEntity): RevisitView {
  return {
    id: r.id,
    planCode: r.planCode,
    planVersion: r.planVersion,
    kind: r.kind,
    customerId: r.customerId,
    caseId: r.caseId,
    contractId: r.contractId,
    productModel: r.productModel,
    serialNumber: r.serialNumber,
    plannedOn: r.plannedOn,
    dueOn: r.dueOn,
    status: r.status,
    attempts: r.attempts,
    findings: r.findings,
    satisfaction: r.satisfaction,
    newProblems: r.newProblems,
    completedBy: r.completedBy,
    completedAt: r.completedAt?.toISOString() ?? null,
    version: r.version,
  };
}
