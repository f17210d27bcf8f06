import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { EndpointAccess } from '../../infrastructure/endpoint-access';
import { WebhookAttemptEntity } from '../../infrastructure/webhook.entity';
import { AttemptView, toAttemptView } from '../../webhook.view';
import { ListAttemptsRequest } from './list-attempts.request';

/** R-IG-5: the endpoint's attempts, newest first, each with its status and latency. */
@Injectable()
export class ListAttemptsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EndpointAccess,
  ) {}

  async execute(endpointId: string, query: ListAttemptsRequest, user: AuthUser): Promise<Page<AttemptView>> {
    const endpoint = await this.access.visible(user, endpointId);
    const qb = this.dataSource.getRepository(WebhookAttemptEntity).createQueryBuilder('a').where('a.endpoint_id = :id', { id: endpoint.id });
    if (query.deliveryId) qb.andWhere('a.delivery_id = :deliveryId', { deliveryId: query.deliveryId });
    return paginate(qb, query, toAttemptView);
  }
}
