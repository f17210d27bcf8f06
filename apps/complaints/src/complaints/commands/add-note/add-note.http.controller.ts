import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { AddNoteCommand } from './add-note.command';
import { AddNoteRequest } from './add-note.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class AddNoteHttpController {
  constructor(private readonly command: AddNoteCommand) {}

  @Post(':id/notes')
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Add an internal staff note to a complaint, never shown to the customer (R-IN-8)' })
  @ApiCreatedResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'The complaint is closed' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AddNoteRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ComplaintDetailView> {
    const result = await this.command.execute(id, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
