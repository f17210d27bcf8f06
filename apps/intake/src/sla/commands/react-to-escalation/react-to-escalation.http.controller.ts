import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseClocksView } from '../../integration/sla.port';
import { ReactToEscalationCommand } from './react-to-escalation.command';
import { EscalationReactionRequest } from './react-to-escalation.request';

@ApiTags('sla')
@Controller('v1/cases')
export class ReactToEscalationHttpController {
  constructor(private readonly command: ReactToEscalationCommand) {}

  @Post(':id/escalations/:escalationId/reaction')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'A manager reacts to an escalation (R-SLA-3): the next level is not raised',
    description: 'Managers must react within 24/24/48/72 h by priority; without a reaction the ladder climbs to the next level.',
  })
  @ApiBadRequestResponse({ description: 'An id is not a UUID, or the body does not match the schema' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Only managers and admins react to escalations' })
  @ApiNotFoundResponse({ description: 'The case has no such escalation (INTAKE.ESCALATION_NOT_FOUND)' })
  @ApiConflictResponse({ description: 'The escalation was answered already (INTAKE.ESCALATION_ALREADY_ANSWERED)' })
  react(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('escalationId', new ParseUUIDPipe()) escalationId: string,
    @Body() body: EscalationReactionRequest,
    @CurrentUser() user: AuthUser,
  ): Promise<CaseClocksView> {
    return this.command.execute(id, escalationId, body, user);
  }
}
