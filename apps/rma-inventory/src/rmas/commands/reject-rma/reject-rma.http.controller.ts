import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { RejectRmaCommand } from './reject-rma.command';
import { RejectRmaRequest } from './reject-rma.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/rejection')
export class RejectRmaHttpController {
  constructor(private readonly command: RejectRmaCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Reject an RMA at review, with the reason (R-RMA-7)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: not awaiting review (the allowed statuses are listed)' })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RejectRmaRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
