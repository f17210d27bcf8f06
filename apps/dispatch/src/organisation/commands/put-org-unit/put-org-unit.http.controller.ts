import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { OrgUnitView } from '../../org-unit.view';
import { PutOrgUnitCommand } from './put-org-unit.command';
import { PutOrgUnitRequest } from './put-org-unit.request';

@ApiTags('organisation')
@Controller('v1/org-units')
export class PutOrgUnitHttpController {
  constructor(private readonly command: PutOrgUnitCommand) {}

  @Put(':code')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Create or replace an organisation unit: call center, technical center, repair center or branch (R-DS-3)' })
  @ApiOkResponse({ description: 'The organisation unit as saved' })
  @ApiProblems({
    400: 'An invalid body; DISPATCH.INVALID_ORG_UNIT_CODE, DISPATCH.REGIONS_ON_NON_BRANCH, DISPATCH.SELF_NEIGHBOUR',
    422: 'DISPATCH.UNKNOWN_NEIGHBOUR: every neighbour must be a known branch',
  })
  put(@Param('code') code: string, @Body() body: PutOrgUnitRequest): Promise<OrgUnitView> {
    return this.command.execute(code, body);
  }
}
