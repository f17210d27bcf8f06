import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { OrgUnitEntity } from '../../infrastructure/org-unit.entity';
import { toOrgUnitView } from '../../org-unit.view';

@ApiTags('organisation')
@Controller('v1/org-units')
export class ListOrgUnitsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** A handful of units per company: no pagination. */
  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Organisation units and the regions they cover' })
  @ApiOkResponse({ description: 'The organisation units' })
  @ApiProblems({})
  async list() {
    const units = await this.dataSource.getRepository(OrgUnitEntity).find({ order: { code: 'ASC' } });
    return { items: units.map(toOrgUnitView) };
  }
}
