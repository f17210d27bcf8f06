import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { BROKEN_COMMITMENTS, EVIDENCE_KINDS, MANUAL_COMPLAINT_SOURCES, SEVERITIES, SUMMARY_MAX_LENGTH } from '../../domain/complaint.policy';

const text = (max: number) => z.string().trim().min(1).max(max);

export const evidenceSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  ref: text(200).describe('The id of what is linked: a case (its clock ledger), a warranty decision, a work order, a survey response, a document'),
  note: z.string().trim().max(500).nullable().optional(),
});

export const registerComplaintSchema = z.strictObject({
  customerId: z.uuid(),
  caseIds: z.array(z.uuid()).max(50).default([]).describe('The cases it concerns (R-CP-3), if any'),
  source: z.enum(MANUAL_COMPLAINT_SOURCES).describe('R-CP-1: the channel it came in by'),
  summary: text(SUMMARY_MAX_LENGTH).describe('What the customer complains about, in their words'),
  contact: z
    .strictObject({ name: text(200), phone: z.string().trim().min(3).max(50).nullable().optional(), email: z.email().nullable().optional() })
    .optional()
    .describe('Who complained and how to reach them (never published, R-IN-8)'),
  productModel: text(100).optional(),
  serialNumber: text(100).optional(),
  fault: text(SUMMARY_MAX_LENGTH).optional().describe('The fault the complaint is about (R-CP-3)'),
  wantedResolution: text(SUMMARY_MAX_LENGTH).optional().describe('What the complainant wants (R-CP-2)'),
  severity: z.enum(SEVERITIES).default('medium'),
  brokenCommitment: z.enum(BROKEN_COMMITMENTS).default('none').describe('R-CP-3: which service-policy commitment was broken; each needs its evidence linked'),
  evidence: z.array(evidenceSchema).max(50).default([]),
  officerId: text(200).optional().describe('The complaint officer handling it (default: the registering officer)'),
  managerId: text(200).optional().describe("The officer's manager: the first rung of the escalation ladder (R-CP-4)"),
});
export class RegisterComplaintRequest extends createZodDto(registerComplaintSchema) {}
