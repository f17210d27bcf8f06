import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { priorityLevel } from '@aftersales/contracts-core';
import { caseCategory, caseDifficulty } from '@aftersales/contracts-intake';

export const reclassifyCaseSchema = z.strictObject({
  category: caseCategory.describe('R-IN-4: consultation, a fault (hardware, software, network), installation, upgrade, return or exchange, complaint'),
  difficulty: caseDifficulty.optional().describe('R-IN-4: common (常见) or difficult (疑难); unchanged when absent'),
  priority: priorityLevel.optional().describe('R-IN-5: the priority under the new classification; unchanged when absent'),
  reason: z.string().trim().min(1).max(2000).describe('Why the case is reclassified: shown in the activity log'),
  version: z.number().int().min(1).describe('The version of the case you last read: a case changed since then is a 409'),
});
export class ReclassifyCaseRequest extends createZodDto(reclassifyCaseSchema) {}
