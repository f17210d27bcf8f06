import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { EngineerView, toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';
import { ListEngineersRequest } from './list-engineers.request';

/** Engineers by home unit, region (own or a territory), skill and whether active. */
@Injectable()
export class ListEngineersQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(q: ListEngineersRequest): Promise<Page<EngineerView>> {
    const qb = this.dataSource.getRepository(EngineerEntity).createQueryBuilder('e');
    if (q.homeBranch) qb.andWhere('e.home_branch = :homeBranch', { homeBranch: q.homeBranch });
    if (q.region) qb.andWhere('(e.region = :region OR :region = ANY(e.territories))', { region: q.region });
    if (q.skill) qb.andWhere(':skill = ANY(e.skills)', { skill: q.skill });
    if (q.active) qb.andWhere('e.active = :active', { active: q.active === 'true' });
    return paginate(qb, q, toEngineerView);
  }
}
