import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles, paginate } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';
import { ListEngineersQuery } from './list-engineers.request';

@ApiTags('engineers')
@Controller('v1/engineers')
export class ListEngineersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Engineers with their skills, coverage and load, cursor pagination' })
  @ApiOkResponse({ description: 'One page of engineers' })
  @ApiProblems({ 400: 'An invalid filter or cursor' })
  list(@Query() q: ListEngineersQuery) {
    const qb = this.dataSource.getRepository(EngineerEntity).createQueryBuilder('e');
    if (q.homeBranch) qb.andWhere('e.home_branch = :homeBranch', { homeBranch: q.homeBranch });
    if (q.region) qb.andWhere('(e.region = :region OR :region = ANY(e.territories))', { region: q.region });
    if (q.skill) qb.andWhere(':skill = ANY(e.skills)', { skill: q.skill });
    if (q.active) qb.andWhere('e.active = :active', { active: q.active === 'true' });
    return paginate(qb, q, toEngineerView);
  }
}
