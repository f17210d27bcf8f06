import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { DefinitionResponse, DefinitionView } from '../../kpi.view';
import { PublishDefinitionCommand } from './publish-definition.command';
import { PublishDefinitionRequest } from './publish-definition.request';

@ApiTags('kpis')
@Controller('v1/kpis/definitions')
export class PublishDefinitionHttpController {
  constructor(private readonly command: PublishDefinitionCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Publish a new version of the KPI definitions and recompute the history under it (R-SV-4)',
    description:
      'The new version takes over at once: every case is counted again from its stored facts, and the answer lists, per KPI and month across all cases, ' +
      'what changed against the version it replaces. basedOn must be the version in force (else 409 SURVEYS.KPI_DEFINITION_STALE); ' +
      'a document whose rules do not hold is a 422 (SURVEYS.KPI_DEFINITION_INVALID) listing the problems.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: DefinitionResponse.Output })
  @ApiConflictResponse({ description: 'basedOn is not the version in force' })
  @ApiUnprocessableEntityResponse({ description: 'The definitions break a rule: a code twice, a ratio without success conditions, an unknown fact...' })
  async publish(
    @Body() body: PublishDefinitionRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<DefinitionView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
