import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { INTEGRATOR_STATUSES } from './domain/integrator-lifecycle';
import { IntegratorEntity } from './infrastructure/integrator.entity';

export const integratorViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  clientId: z.string().describe('Presented with the client secret to POST /v1/oauth/token'),
  subjects: z.array(z.string()).describe('R-IG-3: the subject patterns it may read'),
  status: z.enum(INTEGRATOR_STATUSES),
  registeredBy: z.string(),
  registeredAt: isoDateTime,
  revokedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type IntegratorView = z.infer<typeof integratorViewSchema>;

/** R-IG-1: the answer to a registration; the secret is in it once, and never again (a replayed request omits it). */
export const registeredIntegratorViewSchema = integratorViewSchema.extend({
  clientSecret: z.string().optional().describe('Shown once, in the first answer only: store it now; it is kept only as a hash'),
});
export type RegisteredIntegratorView = z.infer<typeof registeredIntegratorViewSchema>;

export const tokenViewSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('Seconds (INTEGRATOR_TOKEN_TTL_SECONDS)'),
  scope: z.string().describe('The subjects it may read, space-separated (also the token\'s `subjects` claim)'),
});
export type TokenView = z.infer<typeof tokenViewSchema>;

export const ownScopeViewSchema = z.object({ integratorId: z.string(), subjects: z.array(z.string()) });
export type OwnScopeView = z.infer<typeof ownScopeViewSchema>;

export class IntegratorResponse extends createZodDto(integratorViewSchema) {}
export class RegisteredIntegratorResponse extends createZodDto(registeredIntegratorViewSchema) {}
export class IntegratorPageResponse extends createZodDto(z.object({ items: z.array(integratorViewSchema), nextCursor: z.uuid().nullable() })) {}
export class TokenResponse extends createZodDto(tokenViewSchema) {}
export class OwnScopeResponse extends createZodDto(ownScopeViewSchema) {}

export function toIntegratorView(i: IntegratorEntity): IntegratorView {
  return {
    id: i.id,
    name: i.name,
    clientId: i.clientId,
    subjects: i.subjects,
    status: i.status,
    registeredBy: i.registeredBy,
    registeredAt: i.registeredAt.toISOString(),
    revokedAt: i.revokedAt ? i.revokedAt.toISOString() : null,
    version: i.version,
  };
}
