import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseActivityView, caseActivityViewSchema } from '../../case.view';
import { AddNoteCommand } from './add-note.command';
import { AddNoteRequest } from './add-note.request';

class CaseActivityEntryResponse extends createZodDto(caseActivityViewSchema) {}

@ApiTags('cases')
@Controller('v1/cases')
export class AddNoteHttpController {
  constructor(private readonly command: AddNoteCommand) {}

  @Post(':id/notes')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Add a note to the activity log of a case',
    description:
      'Staff: internal (default; never shown to the customer) or public. Customers: on their own cases only, always public (R-IN-6, R-IN-8); another customer’s case is a 404.',
  })
  @ApiCreatedResponse({ type: CaseActivityEntryResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AddNoteRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<CaseActivityView> {
    const result = await this.command.execute(id, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
