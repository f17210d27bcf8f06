import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { engineerNotFound } from '../../engineer.errors';
import { toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';

const listQuery = z.strictObject({
  homeBranch: z.string().trim().min(1).max(40).optional(),
  region: z.string().trim().min(1).max(50).optional(),
  skill: z.enum(['hardware', 'software', 'network', 'installation']).optional(),
  active: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
class ListEngineersQuery extends createZodDto(listQuery) {}

@ApiTags('engineers')
@Controller('v1/engineers')
export class ListEngineersHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Engineers with their skills, coverage and load, cursor pagination' })
  list(@Query() q: ListEngineersQuery) {
    const qb = this.dataSource.getRepository(EngineerEntity).createQueryBuilder('e');
    if (q.homeBranch) qb.andWhere('e.home_branch = :homeBranch', { homeBranch: q.homeBranch });
    if (q.region) qb.andWhere('(e.region = :region OR :region = ANY(e.territories))', { region: q.region });
    if (q.skill) qb.andWhere(':skill = ANY(e.skills)', { skill: q.skill });
    if (q.active) qb.andWhere('e.active = :active', { active: q.active === 'true' });
    return paginate(qb, q, toEngineerView);
  }

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const e = await this.dataSource.getRepository(EngineerEntity).findOneBy({ id });
    if (!e) throw engineerNotFound(id);
    return toEngineerView(e);
  }
}
