import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { priorityLevel } from '@aftersales/contracts-core';

export const changePrioritySchema = z.strictObject({
  priority: priorityLevel.describe(
    'R-IN-5. P1: system down, major impact on the business. P2: severely degraded, seriously affects the business. ' +
      'P3: impaired, most of the business still works. P4: information, installation or configuration question; little or no impact.',
  ),
  reason: z.string().trim().min(1).max(2000).describe('Why the priority changes: shown in the activity log'),
  version: z.number().int().min(1).describe('The version of the case you last read: a case changed since then is a 409'),
});
export class ChangePriorityRequest extends createZodDto(changePrioritySchema) {}
