import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, priorityLevel } from '@aftersales/contracts-core';

/** R-IN-1 channels. */
export const caseChannel = z.enum(['hotline', 'email', 'web', 'wechat', 'fax-letter', 'walk-in', 'dealer']);
export type CaseChannel = z.infer<typeof caseChannel>;
/** R-IN-2 / R-WA-5: what proves the purchase. */
export const purchaseProof = z.enum(['invoice', 'warranty-card', 'purchase-record', 'none']);
export type PurchaseProof = z.infer<typeof purchaseProof>;
/** R-IN-4 classification. */
export const caseCategory = z.enum([
  'consultation',
  'fault-hardware',
  'fault-software',
  'fault-network',
  'installation',
  'upgrade',
  'return-exchange',
  'complaint',
]);
export type CaseCategory = z.infer<typeof caseCategory>;

/** R-CP-5: the customer's complaint standing when the case opened, and how the case was treated for it. */
export const caseComplainant = z.object({
  complainedBefore: z.boolean(),
  complaintCount: z.number().int(),
  openComplaints: z.number().int(),
  lastComplaintAt: isoDateTime.nullable(),
  treatment: z.enum(['raise-priority', 'senior-queue', 'none']).describe('One priority level higher, the senior queue at its own priority, or only the flag'),
  priorityRaisedFrom: priorityLevel.nullable().describe('The priority the case was opened with, when it was raised'),
});

export const CaseOpenedV1 = defineEvent({
  subject: 'aftersales.intake.case.opened.v1',
  summary: 'A service case was opened from one of the channels (R-IN-1..5). Warranty determines entitlement from it.',
  schema: z.object({
    caseId: z.uuid(),
    caseNumber: z.string().describe('Human-readable case number (R-IN-3)'),
    channel: caseChannel,
    customerId: z.uuid(),
    productModel: z.string(),
    serialNumber: z.string(),
    purchaseDate: isoDate.nullable().describe('As reported by the customer; warranty prefers its own registered dates'),
    purchaseProof: purchaseProof.nullable().optional().describe('R-IN-2, R-WA-5: the proof of purchase the customer has, as reported'),
    category: caseCategory,
    priority: priorityLevel,
    symptoms: z.string().describe('Fault symptoms (故障现象)'),
    openedAt: isoDateTime,
    complainant: caseComplainant.nullable().optional().describe('R-CP-5: the customer had complained before; null when they never did'),
  }),
  example: {
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    caseNumber: 'CS-20261123-000001',
    channel: 'hotline',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001',
    productModel: 'PX-2000',
    serialNumber: 'SN-PX2000-0001',
    purchaseDate: '2026-03-02',
    purchaseProof: 'invoice',
    category: 'fault-hardware',
    priority: 'P2',
    symptoms: 'Unit powers off under load',
    openedAt: '2026-11-23T08:15:00.000Z',
  },
});
export type CaseOpenedV1Data = z.infer<typeof CaseOpenedV1.schema>;
