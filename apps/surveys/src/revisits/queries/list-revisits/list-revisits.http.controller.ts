import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { RevisitPageResponse, RevisitView } from '../../revisit.view';
import { ListRevisitsQuery } from './list-revisits.query';
import { ListRevisitsRequest } from './list-revisits.request';

@ApiTags('revisits')
@Controller('v1/revisits')
export class ListRevisitsHttpController {
  constructor(private readonly query: ListRevisitsQuery) {}

  @Get()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Revisit (回访) tasks with their due working day and outcome (R-SV-2), newest first, cursor-paged' })
  @ApiOkResponse({ type: RevisitPageResponse.Output })
  list(@Query() query: ListRevisitsRequest): Promise<Page<RevisitView>> {
    return this.query.execute(query);
  }
}
