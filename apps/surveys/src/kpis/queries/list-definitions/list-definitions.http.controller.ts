import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { DefinitionListResponse } from '../../kpi.view';
import { ListDefinitionsQuery } from './list-definitions.query';

@ApiTags('kpis')
@Controller('v1/kpis/definitions')
export class ListDefinitionsHttpController {
  constructor(private readonly query: ListDefinitionsQuery) {}

  @Get()
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'The versions of the KPI definitions, newest (in force) first (R-SV-4)' })
  @ApiOkResponse({ type: DefinitionListResponse.Output })
  list(): ReturnType<ListDefinitionsQuery['execute']> {
    return this.query.execute();
  }
}
