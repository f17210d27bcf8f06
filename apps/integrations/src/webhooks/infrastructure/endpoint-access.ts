import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { endpointNotFound } from '../webhook.errors';
import { WebhookEndpointEntity } from './webhook.entity';
import { WebhookRepository } from './webhook.repository';

/** The integrator id of an integrator's token (`integrator:<id>`), undefined for anyone else. */
export function integratorIdOf(user: AuthUser): string | undefined {
  if (!user.roles.includes('integrator')) return undefined;
  const match = /^integrator:([0-9a-f-]{36})$/.exec(user.sub);
  return match?.[1];
}

/** An endpoint the caller may see: its own integrator's, or any for an admin; else 404. */
@Injectable()
export class EndpointAccess {
  constructor(private readonly webhooks: WebhookRepository) {}

  async visible(user: AuthUser, id: string, m?: EntityManager, forUpdate = false): Promise<WebhookEndpointEntity> {
    const endpoint = m && forUpdate ? await this.webhooks.endpointForUpdate(m, id) : await this.webhooks.endpointById(m, id);
    if (!endpoint) throw endpointNotFound(id);
    if (user.roles.includes('admin')) return endpoint;
    if (integratorIdOf(user) !== endpoint.integratorId) throw endpointNotFound(id);
    return endpoint;
  }
}
