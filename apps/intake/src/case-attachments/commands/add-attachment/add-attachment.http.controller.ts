import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { AttachmentResponse, AttachmentView } from '../../case-attachment.view';
import { AddAttachmentCommand } from './add-attachment.command';
import { AddAttachmentRequest } from './add-attachment.request';

@ApiTags('cases')
@Controller('v1/cases/:id/attachments')
export class AddAttachmentHttpController {
  constructor(private readonly command: AddAttachmentCommand) {}

  @Post()
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Attach a file to a case (R-IN-2); recorded in the activity log',
    description:
      'The content is base64 in JSON. Over CASE_ATTACHMENT_MAX_BYTES (decoded) is a 413; a type outside the allow-list, or content that ' +
      'does not match its type, is a 400. A customer attaches to their own cases only, always visible to them.',
  })
  @ApiCreatedResponse({ type: AttachmentResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async add(
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: AddAttachmentRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<AttachmentView> {
    const result = await this.command.execute(caseId, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
