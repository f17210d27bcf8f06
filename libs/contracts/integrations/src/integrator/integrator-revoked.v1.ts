import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const IntegratorRevokedV1 = defineEvent({
  subject: 'aftersales.integrations.integrator.revoked.v1',
  summary: 'An admin revoked an integrator: its secret is refused from now on and no new token is issued (R-IG-2).',
  schema: z.object({
    integratorId: z.uuid(),
    clientId: z.string(),
    revokedBy: z.string().describe('user:<subject> of the admin'),
    revokedAt: isoDateTime,
  }),
  example: {
    integratorId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    clientId: 'int_3f9c2a7b1d4e4f60a1b2c3d4',
    revokedBy: 'user:admin-1',
    revokedAt: '2026-12-02T09:00:00.000Z',
  },
});
export type IntegratorRevokedV1Data = z.infer<typeof IntegratorRevokedV1.schema>;
