import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { IntegratorResponse, IntegratorView } from '../../integrator.view';
import { GetIntegratorQuery } from './get-integrator.query';

@ApiTags('integrators')
@Controller('v1/integrators')
export class GetIntegratorHttpController {
  constructor(private readonly query: GetIntegratorQuery) {}

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'One integrator, with its scope and status (never its secret)' })
  @ApiOkResponse({ type: IntegratorResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<IntegratorView> {
    return this.query.execute(id);
  }
}
