import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { IntegratorView, toIntegratorView } from '../../integrator.view';
import { IntegratorEntity } from '../../infrastructure/integrator.entity';
import { ListIntegratorsRequest } from './list-integrators.request';

/** Integrators, newest first. */
@Injectable()
export class ListIntegratorsQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: ListIntegratorsRequest): Promise<Page<IntegratorView>> {
    const qb = this.dataSource.getRepository(IntegratorEntity).createQueryBuilder('i');
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    return paginate(qb, query, toIntegratorView);
  }
}
