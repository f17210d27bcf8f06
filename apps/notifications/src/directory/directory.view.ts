import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { CHANNELS, LANGUAGES } from './domain/directory';
import { PersonEntity, RoleAssignmentEntity } from './infrastructure/directory.entity';

export const personViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredChannel: z.enum(CHANNELS),
  language: z.enum(LANGUAGES),
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  authSubject: z.string().nullable(),
  externalIds: z.array(z.string()),
  orgUnit: z.string().nullable().describe('Their org unit (an engineer’s home branch, from dispatch)'),
  active: z.boolean().describe('False: deactivated in dispatch, holds no role'),
  version: z.number().int(),
  updatedAt: isoDateTime,
});
export type PersonView = z.infer<typeof personViewSchema>;

export const roleAssignmentViewSchema = z.object({
  id: z.uuid(),
  role: z.string(),
  orgUnit: z.string().nullable().describe('null: platform-wide'),
  personId: z.uuid(),
  validFrom: isoDateTime,
  validUntil: isoDateTime.nullable(),
  source: z.string().nullable().describe('null: entered over the API; dispatch:org-unit:<code>: the unit’s manager as dispatch names them'),
});
export type RoleAssignmentView = z.infer<typeof roleAssignmentViewSchema>;

export class PersonResponse extends createZodDto(personViewSchema) {}
export class RoleAssignmentResponse extends createZodDto(roleAssignmentViewSchema) {}
export class RoleAssignmentListResponse extends createZodDto(z.object({ items: z.array(roleAssignmentViewSchema) })) {}

export function toPersonView(p: PersonEntity): PersonView {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    phone: p.phone,
    preferredChannel: p.preferredChannel as PersonView['preferredChannel'],
    language: p.language as PersonView['language'],
    timeZone: p.timeZone,
    quietHours: p.quietHoursStart && p.quietHoursEnd ? { start: p.quietHoursStart, end: p.quietHoursEnd } : null,
    authSubject: p.authSubject,
    externalIds: p.externalIds,
    orgUnit: p.orgUnit ?? null,
    active: p.active ?? true,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toRoleAssignmentView(a: RoleAssignmentEntity): RoleAssignmentView {
  return { id: a.id, role: a.role, orgUnit: a.orgUnit, personId: a.personId, validFrom: a.validFrom.toISOString(), validUntil: a.validUntil?.toISOString() ?? null, source: a.source ?? null };
}
