import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { DefinitionResponse, DefinitionView } from '../../kpi.view';
import { GetDefinitionQuery } from './get-definition.query';

@ApiTags('kpis')
@Controller('v1/kpis/definitions')
export class GetDefinitionHttpController {
  constructor(private readonly query: GetDefinitionQuery) {}

  @Get(':version')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'One version of the KPI definitions, as data, with what recomputing the history under it changed (R-SV-4)' })
  @ApiOkResponse({ type: DefinitionResponse.Output })
  @ApiNotFoundResponse({ description: 'No such version' })
  get(@Param('version', new ParseIntPipe()) version: number): Promise<DefinitionView> {
    return this.query.execute(version);
  }
}
