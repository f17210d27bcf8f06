import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { RevisitPlanListResponse, RevisitPlanView } from '../../revisit-plan.view';
import { ListPlansQuery } from './list-plans.query';

@ApiTags('revisits')
@Controller('v1/revisit-plans')
export class ListPlansHttpController {
  constructor(private readonly query: ListPlansQuery) {}

  @Get()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The revisit plans, latest version of each (R-SV-2); a short list, not paged' })
  @ApiOkResponse({ type: RevisitPlanListResponse.Output })
  list(): Promise<{ items: RevisitPlanView[] }> {
    return this.query.execute();
  }
}
