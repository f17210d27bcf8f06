import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ORG_UNIT_KINDS } from '../../domain/org-tree';

/** The unit's code, from the path: checked by the command so that a bad one is a DISPATCH.INVALID_ORG_UNIT_CODE. */
export const orgUnitCode = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ (at most 40)');
const region = z.string().trim().min(1).max(50);
const phoneNumber = z.string().regex(/^\+?\d{6,20}$/, 'digits, optionally with a leading +');

export const putOrgUnitSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORG_UNIT_KINDS),
  regions: z.array(region).max(100).default([]).describe('Regions a branch covers (R-DS-3)'),
  neighbours: z.array(orgUnitCode).max(50).default([]).describe('Neighbouring branches that cover for this one when it has no free engineer'),
  manager: z
    .strictObject({
      userId: z.uuid().describe('Their user id (token sub)'),
      name: z.string().trim().min(1).max(200),
      email: z.email().max(320).nullable().default(null),
      phone: phoneNumber.nullable().default(null),
    })
    .nullable()
    .default(null)
    .describe('The response-center manager: told of the unit’s SLA escalations (R-SLA-7)'),
});
export class PutOrgUnitRequest extends createZodDto(putOrgUnitSchema) {}
