import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory } from '@aftersales/contracts-intake';

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
});
export class CreateWorkOrderRequest extends createZodDto(createWorkOrderSchema) {}
