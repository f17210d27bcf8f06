import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { UnresolvedPageResponse, UnresolvedView } from '../../delivery.view';
import { ListUnresolvedQuery } from './list-unresolved.query';
import { ListUnresolvedRequest } from './list-unresolved.request';

@ApiTags('notifications')
@Controller('v1/notifications/unresolved')
export class ListUnresolvedHttpController {
  constructor(private readonly query: ListUnresolvedQuery) {}

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Recipients events named that the directory could not resolve (R-SLA-7: recorded, never dropped), newest first' })
  @ApiOkResponse({ type: UnresolvedPageResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid filter (problem+json)' })
  list(@Query() query: ListUnresolvedRequest): Promise<Page<UnresolvedView>> {
    return this.query.execute(query);
  }
}
