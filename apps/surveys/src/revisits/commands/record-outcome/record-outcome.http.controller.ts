import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RevisitResponse, RevisitView } from '../../revisit.view';
import { RecordOutcomeCommand } from './record-outcome.command';
import { RecordOutcomeRequest } from './record-outcome.request';

@ApiTags('revisits')
@Controller('v1/revisits')
export class RecordOutcomeHttpController {
  constructor(private readonly command: RecordOutcomeCommand) {}

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({
    summary: 'Record a revisit attempt (R-SV-2): reached with findings, satisfaction and new problems, or not reached and retried as the plan says',
    description: 'Emits revisit.completed or revisit.attempted, and revisit.fault-reported for each fault (intake opens a case).',
  })
  @ApiOkResponse({ type: RevisitResponse.Output })
  @ApiConflictResponse({ description: 'SURVEYS.REVISIT_CLOSED: the revisit is completed or given up' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async record(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordOutcomeRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<RevisitView> {
    return (await this.command.execute(id, body, user, key)).body;
  }
}
