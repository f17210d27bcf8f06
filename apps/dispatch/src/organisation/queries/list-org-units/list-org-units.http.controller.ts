import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ListOrgUnitsQuery } from './list-org-units.query';

@ApiTags('organisation')
@Controller('v1/org-units')
export class ListOrgUnitsHttpController {
  constructor(private readonly query: ListOrgUnitsQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Organisation units and the regions they cover' })
  @ApiOkResponse({ description: 'The organisation units' })
  @ApiProblems({})
  list() {
    return this.query.execute();
  }
}
