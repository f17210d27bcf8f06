import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseClocksView } from '../../../sla/integration/sla.port';
import { RecordMilestoneCommand } from './record-milestone.command';
import { MilestoneRequest } from './record-milestone.request';

@ApiTags('sla')
@Controller('v1/cases')
export class RecordMilestoneHttpController {
  constructor(private readonly command: RecordMilestoneCommand) {}

  @Post(':id/milestones')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'agent', 'admin')
  @ApiOperation({ summary: 'Record a milestone that meets a clock: the diagnosis (R-SLA-3) or the on-site arrival (R-SLA-1)' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID, or the body does not match the schema' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Engineers, experts, agents and admins record milestones' })
  @ApiNotFoundResponse({ description: 'No such case (INTAKE.CASE_NOT_FOUND)' })
  @ApiConflictResponse({ description: 'The case is resolved or closed: its clocks have stopped (INTAKE.CASE_NOT_OPEN)' })
  milestone(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MilestoneRequest, @CurrentUser() user: AuthUser): Promise<CaseClocksView> {
    return this.command.execute(id, body, user);
  }
}
