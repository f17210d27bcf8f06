import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { KpiPageResponse, KpiPageView } from '../../kpi.view';
import { GetKpisQuery } from './get-kpis.query';
import { GetKpisRequest } from './get-kpis.request';

@ApiTags('kpis')
@Controller('v1/kpis')
export class GetKpisHttpController {
  constructor(private readonly query: GetKpisQuery) {}

  @Get()
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'KPIs of a day, week or month, across all cases or per engineer, branch, product model, customer or contract (R-SV-4, R-SLA-8)',
    description: 'Counted under the definition version in force (definitionVersion); each row says which KPIs fall short of their target. Keys are paged in order.',
  })
  @ApiOkResponse({ type: KpiPageResponse.Output })
  get(@Query() query: GetKpisRequest): Promise<KpiPageView> {
    return this.query.execute(query);
  }
}
