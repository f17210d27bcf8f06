import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { RecordStepCommand } from './record-step.command';
import { RecordStepRequest } from './record-step.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class RecordStepHttpController {
  constructor(private readonly command: RecordStepCommand) {}

  @Post(':id/steps')
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({
    summary: 'Record the next step of the complaint-handling procedure, done or skipped with why (R-CP-2); emits aftersales.complaints.complaint.step-recorded.v1',
  })
  @ApiCreatedResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'Not the next step of the procedure (COMPLAINTS.STEP_OUT_OF_ORDER names it), the procedure is complete, or the complaint is closed' })
  @ApiUnprocessableEntityResponse({ description: 'A skipped step without a reason' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async record(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordStepRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ComplaintDetailView> {
    const result = await this.command.execute(id, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
