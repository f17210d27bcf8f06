import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WebhookEndpointDisabledV1 = defineEvent({
  subject: 'aftersales.integrations.webhook-endpoint.disabled.v1',
  summary: 'A webhook endpoint stopped receiving: it failed every attempt for 5 days, or answered 410 Gone (R-IG-6).',
  schema: z.object({
    endpointId: z.uuid(),
    integratorId: z.uuid(),
    url: z.string(),
    reason: z.enum(['failing', 'gone']).describe('failing: no delivery succeeded for 5 days; gone: the endpoint answered 410'),
    failingSince: isoDateTime.nullable(),
    disabledAt: isoDateTime,
  }),
  example: {
    endpointId: '0192f3a0-7c1e-7c3a-9a4e-0000000000b1',
    integratorId: '0192f3a0-7c1e-7c3a-9a4e-0000000000a1',
    url: 'https://erp.example.com/hooks/aftersales',
    reason: 'failing',
    failingSince: '2026-11-26T09:00:00.000Z',
    disabledAt: '2026-12-01T09:00:05.000Z',
  },
});
export type WebhookEndpointDisabledV1Data = z.infer<typeof WebhookEndpointDisabledV1.schema>;
