import { WebhookEndpointDisabledV1Data } from '@aftersales/contracts-integrations';
import type { DisableReason } from '../domain/endpoint-health';
import { WebhookEndpointEntity } from '../infrastructure/webhook.entity';

export function endpointDisabledData(e: WebhookEndpointEntity, reason: DisableReason, at: Date): WebhookEndpointDisabledV1Data {
  return { endpointId: e.id, integratorId: e.integratorId, url: e.url, reason, failingSince: e.failingSince ? e.failingSince.toISOString() : null, disabledAt: at.toISOString() };
}
