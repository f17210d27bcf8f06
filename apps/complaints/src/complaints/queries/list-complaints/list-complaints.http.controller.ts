import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintPageResponse, ComplaintView } from '../../complaint.view';
import { ListComplaintsQuery } from './list-complaints.query';
import { ListComplaintsRequest } from './list-complaints.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class ListComplaintsHttpController {
  constructor(private readonly query: ListComplaintsQuery) {}

  @Get()
  @Roles('complaint-officer', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'Complaints, newest first, with cursor pagination; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: ComplaintPageResponse.Output })
  list(@Query() query: ListComplaintsRequest, @CurrentUser() user: AuthUser): Promise<Page<ComplaintView>> {
    return this.query.execute(query, user);
  }
}
