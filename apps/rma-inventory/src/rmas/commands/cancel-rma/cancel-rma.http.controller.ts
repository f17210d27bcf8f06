import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { CancelRmaCommand } from './cancel-rma.command';
import { CancelRmaRequest } from './cancel-rma.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/cancellation')
export class CancelRmaHttpController {
  constructor(private readonly command: CancelRmaCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('agent', 'rma-admin', 'admin')
  @ApiOperation({ summary: 'Cancel an RMA before anything has shipped or come back; its reservation is released' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: too late to cancel (the allowed statuses are listed)' })
  cancel(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelRmaRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
