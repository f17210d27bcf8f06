import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { BreachSummaryResponse, BreachSummaryView } from '../../kpi.view';
import { BreachSummaryQuery } from './breach-summary.query';
import { BreachSummaryRequest } from './breach-summary.request';

@ApiTags('kpis')
@Controller('v1/kpis/breaches/summary')
export class BreachSummaryHttpController {
  constructor(private readonly query: BreachSummaryQuery) {}

  @Get()
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'SLA breaches in a date range counted by clock, priority, branch, engineer, day, week or month (R-SLA-7)' })
  @ApiOkResponse({ type: BreachSummaryResponse.Output })
  summary(@Query() query: BreachSummaryRequest): Promise<BreachSummaryView> {
    return this.query.execute(query);
  }
}
