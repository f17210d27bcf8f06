import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const IntegratorRegisteredV1 = defineEvent({
  subject: 'aftersales.integrations.integrator.registered.v1',
  summary: 'An admin registered an integrator (ERP, CRM, BI, SMS gateway) with the event subjects it may read (R-IG-1).',
  schema: z.object({
    integratorId: z.uuid(),
    name: z.string(),
    clientId: z.string().describe('What the integrator presents with its secret to get a token; the secret never travels in an event'),
    subjects: z.array(z.string()).describe('NATS subject patterns it may read, e.g. aftersales.intake.case.>'),
    registeredBy: z.string().describe('user:<subject> of the admin'),
    registeredAt: isoDateTime,
  }),
  example: {
    integratorId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    name: 'ERP (SAP S/4HANA)',
    clientId: 'int_3f9c2a7b1d4e4f60a1b2c3d4',
    subjects: ['aftersales.intake.case.>'],
    registeredBy: 'user:admin-1',
    registeredAt: '2026-12-01T09:00:00.000Z',
  },
});
export type IntegratorRegisteredV1Data = z.infer<typeof IntegratorRegisteredV1.schema>;
