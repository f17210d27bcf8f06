import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { BreachPageResponse, BreachView } from '../../kpi.view';
import { ListBreachesQuery } from './list-breaches.query';
import { ListBreachesRequest } from './list-breaches.request';

@ApiTags('kpis')
@Controller('v1/kpis/breaches')
export class ListBreachesHttpController {
  constructor(private readonly query: ListBreachesQuery) {}

  @Get()
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'The breach report (R-SLA-7): every SLA breach across cases in a date range, by clock, priority, branch and engineer, cursor-paged',
  })
  @ApiOkResponse({ type: BreachPageResponse.Output })
  list(@Query() query: ListBreachesRequest): Promise<Page<BreachView>> {
    return this.query.execute(query);
  }
}
