import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { CloseRmaCommand } from './close-rma.command';
import { CloseRmaRequest } from './close-rma.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/closure')
export class CloseRmaHttpController {
  constructor(private readonly command: CloseRmaCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Close an RMA that has been carried out (refund paid, exchange delivered, unit inspected) (R-RMA-7)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: not finished (the allowed statuses are listed)' })
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseRmaRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
