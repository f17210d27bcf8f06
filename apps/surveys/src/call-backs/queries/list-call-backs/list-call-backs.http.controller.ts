import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { CallBackPageResponse, CallBackView } from '../../call-back.view';
import { ListCallBacksQuery } from './list-call-backs.query';
import { ListCallBacksRequest } from './list-call-backs.request';

@ApiTags('call-backs')
@Controller('v1/call-backs')
export class ListCallBacksHttpController {
  constructor(private readonly query: ListCallBacksQuery) {}

  @Get()
  @Roles('agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Call-back tasks from low survey scores (R-SV-3), each linked to its survey, newest first, cursor-paged' })
  @ApiOkResponse({ type: CallBackPageResponse.Output })
  list(@Query() query: ListCallBacksRequest): Promise<Page<CallBackView>> {
    return this.query.execute(query);
  }
}
