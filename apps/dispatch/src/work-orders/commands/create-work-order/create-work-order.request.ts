import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory } from '@aftersales/contracts-intake';

const minutes = z.number().int().positive().max(7 * 24 * 60);

export const createWorkOrderSchema = z.strictObject({
  caseId: z.uuid(),
  caseNumber: z.string().trim().min(1).max(50),
  customerId: z.uuid(),
  productModel: z.string().trim().min(1).max(100),
  serialNumber: z.string().trim().min(1).max(100),
  category: caseCategory,
  priority: priorityLevel,
  serviceMode: serviceMode.describe('R-DS-1'),
  inWarranty: z.boolean(),
  region: z.string().trim().min(1).max(50).nullable().describe('Region of the site (R-DS-3)'),
  siteAddress: z.string().trim().min(1).max(500).optional(),
  requiredLevel: z.number().int().min(1).max(5).optional(),
  engineerResponse: z
    .strictObject({
      planCode: z.string().trim().min(1).max(40).optional(),
      windowMinutesByPriority: z.strictObject({ P1: minutes, P2: minutes, P3: minutes, P4: minutes }),
      ladder: z
        .array(z.strictObject({ afterMinutes: minutes, reassign: z.boolean() }))
        .max(10)
        .refine((l) => l.every((r, i) => i === 0 || r.afterMinutes > l[i - 1].afterMinutes), 'ladder rungs in increasing minutes'),
    })
    .optional()
    .describe("R-SLA-2, R-SLA-4: the SLA plan's response window by priority and reminder ladder; default one hour, reminders at 30 and 45 minutes, reassigned at 45"),
});
export class CreateWorkOrderRequest extends createZodDto(createWorkOrderSchema) {}
