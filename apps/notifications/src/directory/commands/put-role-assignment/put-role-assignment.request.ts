import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const putRoleAssignmentSchema = z
  .strictObject({
    role: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'a role name such as response-center-manager'),
    orgUnit: z.string().min(1).max(100).nullable().default(null).describe('The branch or org unit; null: platform-wide'),
    personId: z.uuid(),
    validFrom: isoDateTime,
    validUntil: isoDateTime.nullable().default(null).describe('Exclusive; null: until further notice'),
  })
  .refine((a) => a.validUntil === null || Date.parse(a.validUntil) > Date.parse(a.validFrom), { message: 'validUntil must be after validFrom', path: ['validUntil'] });
export class PutRoleAssignmentRequest extends createZodDto(putRoleAssignmentSchema) {}
