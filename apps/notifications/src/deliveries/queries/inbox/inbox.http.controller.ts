import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { InboxItemView, InboxPageResponse } from '../../delivery.view';
import { InboxQuery } from './inbox.query';
import { InboxRequest } from './inbox.request';

@ApiTags('notifications')
@Controller('v1/notifications/inbox')
export class InboxHttpController {
  constructor(private readonly query: InboxQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'rma-admin', 'complaint-officer', 'admin')
  @ApiOperation({ summary: 'My in-app notices, newest first (the console reads this)' })
  @ApiOkResponse({ type: InboxPageResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid query (problem+json)' })
  @ApiNotFoundResponse({ description: 'The caller is not a person of the directory' })
  list(@Query() query: InboxRequest, @CurrentUser() user: AuthUser): Promise<Page<InboxItemView>> {
    return this.query.execute(query, user);
  }
}
