import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { COMPLAINT_STATUSES } from './domain/complaint-lifecycle';
import { COMPLAINT_SOURCES, isOverdue } from './domain/complaint.policy';
import { ComplaintEntity, ComplaintStepEntity, CustomerComplaintHistoryEntity } from './infrastructure/complaint.entity';

export const complaintStepViewSchema = z.object({
  id: z.uuid(),
  actor: z.string().describe('user:<subject> or system:<service>'),
  kind: z.string().describe('R-CP-2 step, e.g. registered'),
  note: z.string(),
  at: isoDateTime,
});
export type ComplaintStepView = z.infer<typeof complaintStepViewSchema>;

/** The API shape of a complaint in lists; customers get the same fields, for their own complaints only (R-IN-8). */
export const complaintViewSchema = z.object({
  id: z.uuid(),
  complaintNumber: z.string().describe('CP-YYYYMMDD-NNNNNN'),
  customerId: z.uuid(),
  caseIds: z.array(z.uuid()).describe('The cases it concerns (R-CP-3)'),
  source: z.enum(COMPLAINT_SOURCES).describe('R-CP-1 channel, or survey for a low survey score (R-SV-3)'),
  summary: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  dueAt: isoDateTime.describe('R-CP-4: the committed handling deadline'),
  overdue: z.boolean().describe('R-CP-4: unsolved and past dueAt, so due for escalation to management'),
  repeatComplainant: z.boolean().describe('R-CP-5: the customer had complained before this one'),
  openedAt: isoDateTime,
  version: z.number().int(),
});
export type ComplaintView = z.infer<typeof complaintViewSchema>;

/** One complaint with its recorded handling steps, oldest first (R-CP-2). */
export const complaintDetailViewSchema = complaintViewSchema.extend({ steps: z.array(complaintStepViewSchema) });
export type ComplaintDetailView = z.infer<typeof complaintDetailViewSchema>;

export const complaintHistoryViewSchema = z.object({
  customerId: z.uuid(),
  complainedBefore: z.boolean().describe('R-CP-5: serve this customer with extra care'),
  complaintCount: z.number().int(),
  lastComplaintAt: isoDateTime.nullable(),
});
export type ComplaintHistoryView = z.infer<typeof complaintHistoryViewSchema>;

export class ComplaintResponse extends createZodDto(complaintDetailViewSchema) {}
export class ComplaintPageResponse extends createZodDto(z.object({ items: z.array(complaintViewSchema), nextCursor: z.uuid().nullable() })) {}
export class ComplaintHistoryResponse extends createZodDto(complaintHistoryViewSchema) {}

export function toComplaintView(c: ComplaintEntity, now = new Date()): ComplaintView {
  return {
    id: c.id,
    complaintNumber: c.complaintNumber,
    customerId: c.customerId,
    caseIds: c.caseIds,
    source: c.source,
    summary: c.summary,
    status: c.status,
    dueAt: c.dueAt.toISOString(),
    overdue: isOverdue(c, now),
    repeatComplainant: c.repeatComplainant,
    openedAt: c.openedAt.toISOString(),
    version: c.version,
  };
}

export function toComplaintDetailView(c: ComplaintEntity, steps: ComplaintStepEntity[]): ComplaintDetailView {
  return {
    ...toComplaintView(c),
    steps: steps.map((s) => ({ id: s.id, actor: s.actor, kind: s.kind, note: s.note, at: s.at.toISOString() })),
  };
}

export function toHistoryView(customerId: string, h: CustomerComplaintHistoryEntity | null): ComplaintHistoryView {
  return {
    customerId,
    complainedBefore: (h?.complaintCount ?? 0) > 0,
    complaintCount: h?.complaintCount ?? 0,
    lastComplaintAt: h?.lastComplaintAt.toISOString() ?? null,
  };
}
