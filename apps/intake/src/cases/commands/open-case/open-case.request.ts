import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, priorityLevel } from '@aftersales/contracts-core';
import { caseCategory, caseChannel, purchaseProof } from '@aftersales/contracts-intake';

export const openCaseSchema = z.strictObject({
  channel: caseChannel.describe('R-IN-1: where the request came in'),
  customerId: z.uuid().optional().describe('Required for staff; a customer opens cases for themselves only'),
  contact: z.strictObject({
    name: z.string().trim().min(1).max(200),
    phone: z.string().trim().max(50).optional(),
    email: z.email().optional(),
  }),
  productModel: z.string().trim().min(1).max(100),
  serialNumber: z.string().trim().min(1).max(100),
  purchaseDate: isoDate.nullable().optional(),
  purchaseProof: purchaseProof.optional().describe('R-IN-2, R-WA-5: invoice, warranty card, purchase record, or none'),
  purchaseProofReference: z.string().trim().min(1).max(100).optional().describe('e.g. the invoice number (发票号)'),
  symptoms: z.string().trim().min(1).max(10_000).describe('Fault symptoms (故障现象), R-IN-2'),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  stepsToReproduce: z.string().max(10_000).optional(),
  category: caseCategory.describe('R-IN-4'),
  priority: priorityLevel.describe(
    'R-IN-5. P1: system down, major impact on the business. P2: severely degraded, seriously affects the business. ' +
      'P3: impaired, most of the business still works. P4: information, installation or configuration question; little or no impact.',
  ),
  siteId: z.uuid().optional().describe('The customer’s site (R-IN-2): its time zone is the one the SLA clocks run in (R-SLA-6), its region the default region'),
  region: z.string().trim().min(1).max(50).optional().describe('Region of the site, for dispatch (R-DS-3)'),
});

export class OpenCaseRequest extends createZodDto(openCaseSchema) {}
