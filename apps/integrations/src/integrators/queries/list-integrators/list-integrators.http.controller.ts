import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { IntegratorPageResponse, IntegratorView } from '../../integrator.view';
import { ListIntegratorsQuery } from './list-integrators.query';
import { ListIntegratorsRequest } from './list-integrators.request';

@ApiTags('integrators')
@Controller('v1/integrators')
export class ListIntegratorsHttpController {
  constructor(private readonly query: ListIntegratorsQuery) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Integrators, newest first, with cursor pagination (never their secrets)' })
  @ApiOkResponse({ type: IntegratorPageResponse.Output })
  list(@Query() query: ListIntegratorsRequest): Promise<Page<IntegratorView>> {
    return this.query.execute(query);
  }
}
