import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { InboxItemResponse, InboxItemView } from '../../delivery.view';
import { MarkReadCommand } from './mark-read.command';

@ApiTags('notifications')
@Controller('v1/notifications/inbox')
export class MarkReadHttpController {
  constructor(private readonly command: MarkReadCommand) {}

  @Post(':id/read')
  @HttpCode(200)
  @Roles('agent', 'engineer', 'expert', 'manager', 'rma-admin', 'complaint-officer', 'admin')
  @ApiOperation({ summary: 'Mark one of my in-app notices read' })
  @ApiOkResponse({ type: InboxItemResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid id (problem+json)' })
  @ApiNotFoundResponse({ description: 'Not a notice in my inbox' })
  read(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<InboxItemView> {
    return this.command.execute(id, user);
  }
}
