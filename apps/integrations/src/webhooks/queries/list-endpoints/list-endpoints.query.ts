import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { integratorIdOf } from '../../infrastructure/endpoint-access';
import { WebhookEndpointEntity } from '../../infrastructure/webhook.entity';
import { EndpointView, toEndpointView } from '../../webhook.view';
import { ListEndpointsRequest } from './list-endpoints.request';

/** An integrator's own endpoints, newest first; an admin sees all. */
@Injectable()
export class ListEndpointsQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: ListEndpointsRequest, user: AuthUser): Promise<Page<EndpointView>> {
    const qb = this.dataSource.getRepository(WebhookEndpointEntity).createQueryBuilder('e');
    if (!user.roles.includes('admin')) qb.andWhere('e.integrator_id = :integratorId', { integratorId: integratorIdOf(user) ?? '00000000-0000-0000-0000-000000000000' });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    return paginate(qb, query, toEndpointView);
  }
}
