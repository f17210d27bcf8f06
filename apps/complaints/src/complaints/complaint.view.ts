import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { COMPLAINT_STATUSES, allowedTransitions, isUnsolved } from './domain/complaint-lifecycle';
import { PROCEDURE_STEPS, nextProcedureStep } from './domain/complaint-procedure';
import { BROKEN_COMMITMENTS, COMPLAINT_SOURCES, EVIDENCE_KINDS, ROOT_CAUSES, SEVERITIES } from './domain/complaint.policy';
import { ComplaintEntity, ComplaintEscalationEntity, ComplaintStepEntity, CustomerComplaintHistoryEntity } from './infrastructure/complaint.entity';

const compensationView = z.object({ amountMinor: z.number().int(), serviceCreditMinor: z.number().int(), currency: z.string(), goods: z.string().nullable() });

export const complaintStepViewSchema = z.object({
  id: z.uuid(),
  actor: z.string().describe('user:<subject> or system:<service>'),
  kind: z.string().describe('An R-CP-2 procedure step (listen-and-record ... agree-deadline), or status-changed, deadline-renegotiated, escalated, note, ...'),
  outcome: z.enum(['done', 'skipped']).nullable().describe('Procedure steps: done, or skipped with why'),
  skippedBecause: z.string().nullable(),
  visibility: z.enum(['public', 'internal']).describe('Internal entries (staff notes, escalations) are never shown to the customer (R-IN-8)'),
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
  surveyId: z.uuid().nullable(),
  summary: z.string(),
  severity: z.enum(SEVERITIES),
  status: z.enum(COMPLAINT_STATUSES),
  acknowledgeBy: isoDateTime.describe('R-CP-4: the acknowledgement deadline, on the business calendar'),
  acknowledgedAt: isoDateTime.nullable(),
  dueAt: isoDateTime.describe('R-CP-4: the committed handling deadline, on the business calendar'),
  overdue: z.boolean().describe('R-CP-4: unsolved and past dueAt'),
  repeatComplainant: z.boolean().describe('R-CP-5: the customer had complained before this one'),
  openedAt: isoDateTime,
  resolvedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type ComplaintView = z.infer<typeof complaintViewSchema>;

/** One complaint with its registration, judgement, resolution and journal (R-CP-2); internal parts for staff only. */
export const complaintDetailViewSchema = complaintViewSchema.extend({
  allowedTransitions: z.array(z.enum(COMPLAINT_STATUSES)),
  nextProcedureStep: z.enum(PROCEDURE_STEPS).nullable().describe('R-CP-2: the step of the procedure that comes next'),
  productModel: z.string().nullable(),
  serialNumber: z.string().nullable(),
  fault: z.string().nullable(),
  wantedResolution: z.string().nullable(),
  warranty: z
    .object({ known: z.boolean(), inWarranty: z.boolean().nullable(), decisionId: z.uuid().nullable(), warrantyEndsOn: z.string().nullable(), determinedAt: isoDateTime.nullable() })
    .nullable()
    .describe('R-CP-3: warranty status of the product at registration, from warranty'),
  judgement: z
    .object({
      commitment: z.enum(BROKEN_COMMITMENTS),
      rule: z.string(),
      evidence: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), ref: z.string(), note: z.string().nullable().optional() })),
    })
    .describe('R-CP-3: the broken commitment it is judged against, with the evidence linked'),
  officerId: z.string().nullable(),
  managerId: z.string().nullable(),
  resolution: z
    .object({
      actionsTaken: z.string(),
      compensation: compensationView.nullable(),
      approvalRequired: z.boolean(),
      approval: z.object({ approved: z.boolean(), note: z.string().nullable(), decidedBy: z.string(), decidedAt: isoDateTime }).nullable(),
      rootCause: z.enum(ROOT_CAUSES).describe('R-CP-6'),
      rootCauseDetail: z.string().nullable(),
      proposedAt: isoDateTime,
      customerResponse: z.object({ accepted: z.boolean(), note: z.string().nullable(), at: isoDateTime }).nullable(),
    })
    .nullable(),
  escalations: z.array(
    z.object({
      deadline: z.enum(['acknowledgement', 'handling']),
      level: z.number().int(),
      escalatedAt: isoDateTime,
      reactBy: isoDateTime,
      reactedAt: isoDateTime.nullable(),
      reactedBy: z.string().nullable(),
      reaction: z.string().nullable(),
      notify: z.array(z.object({ audience: z.string(), userId: z.string().nullable() })),
    }),
  ),
  steps: z.array(complaintStepViewSchema),
});
export type ComplaintDetailView = z.infer<typeof complaintDetailViewSchema>;

export const complaintHistoryViewSchema = z.object({
  customerId: z.uuid(),
  complainedBefore: z.boolean().describe('R-CP-5: serve this customer with extra care'),
  complaintCount: z.number().int(),
  openComplaints: z.number().int(),
  lastComplaintId: z.uuid().nullable(),
  lastComplaintAt: isoDateTime.nullable(),
});
export type ComplaintHistoryView = z.infer<typeof complaintHistoryViewSchema>;

export class ComplaintResponse extends createZodDto(complaintDetailViewSchema) {}
export class ComplaintPageResponse extends createZodDto(z.object({ items: z.array(complaintViewSchema), nextCursor: z.uuid().nullable() })) {}
export class ComplaintHistoryResponse extends createZodDto(complaintHistoryViewSchema) {}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toComplaintView(c: ComplaintEntity, now: Date): ComplaintView {
  return {
    id: c.id,
    complaintNumber: c.complaintNumber,
    customerId: c.customerId,
    caseIds: c.caseIds,
    source: c.source,
    surveyId: c.surveyId,
    summary: c.summary,
    severity: c.severity,
    status: c.status,
    acknowledgeBy: c.acknowledgeBy.toISOString(),
    acknowledgedAt: iso(c.acknowledgedAt),
    dueAt: c.dueAt.toISOString(),
    overdue: isUnsolved(c.status) && now.getTime() > c.dueAt.getTime(),
    repeatComplainant: c.repeatComplainant,
    openedAt: c.openedAt.toISOString(),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    version: c.version,
  };
}

/** A customer sees the public journal only, and no escalations or officer names (R-IN-8). */
export function toComplaintDetailView(c: ComplaintEntity, steps: ComplaintStepEntity[], escalations: ComplaintEscalationEntity[], user: AuthUser, now = new Date()): ComplaintDetailView {
  const customer = user.roles.includes('customer');
  const r = c.resolution;
  const procedure = steps.filter((s) => s.outcome !== null).map((s) => ({ step: s.kind as (typeof PROCEDURE_STEPS)[number], outcome: s.outcome as 'done' | 'skipped' }));
  return {
    ...toComplaintView(c, now),
    allowedTransitions: [...allowedTransitions(c.status)],
    nextProcedureStep: nextProcedureStep(procedure),
    productModel: c.productModel,
    serialNumber: c.serialNumber,
    fault: c.fault,
    wantedResolution: c.wantedResolution,
    warranty: c.warranty,
    judgement: c.judgement,
    officerId: customer ? null : c.officerId,
    managerId: customer ? null : c.managerId,
    resolution: r
      ? {
          actionsTaken: r.actionsTaken,
          compensation: r.compensation,
          approvalRequired: r.approvalRequired,
          approval: c.compensationDecision,
          rootCause: r.rootCause,
          rootCauseDetail: customer ? null : r.rootCauseDetail,
          proposedAt: r.proposedAt,
          customerResponse: r.customerResponse ? { accepted: r.customerResponse.accepted, note: r.customerResponse.note, at: r.customerResponse.at } : null,
        }
      : null,
    escalations: customer
      ? []
      : escalations.map((e) => ({ deadline: e.deadline, level: e.level, escalatedAt: e.escalatedAt.toISOString(), reactBy: e.reactBy.toISOString(), reactedAt: iso(e.reactedAt), reactedBy: e.reactedBy, reaction: e.reaction, notify: e.notify })),
    steps: steps
      .filter((s) => !customer || s.visibility === 'public')
      .map((s) => ({ id: s.id, actor: s.actor, kind: s.kind, outcome: s.outcome, skippedBecause: s.skippedBecause, visibility: s.visibility, note: s.note, at: s.at.toISOString() })),
  };
}

export function toHistoryView(customerId: string, h: CustomerComplaintHistoryEntity | null): ComplaintHistoryView {
  const count = h?.complaintCount ?? 0;
  return {
    customerId,
    complainedBefore: count > 0,
    complaintCount: count,
    openComplaints: h?.openCount ?? 0,
    lastComplaintId: h?.lastComplaintId ?? null,
    lastComplaintAt: count > 0 && h ? h.lastComplaintAt.toISOString() : null,
  };
}
