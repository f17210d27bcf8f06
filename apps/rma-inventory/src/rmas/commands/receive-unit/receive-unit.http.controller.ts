import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { ReceiveUnitCommand } from './receive-unit.command';
import { ReceiveUnitRequest } from './receive-unit.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/receipt')
export class ReceiveUnitHttpController {
  constructor(private readonly command: ReceiveUnitCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Receive the faulty, returned or lent unit back; an exchange repair starts its 72 working hours (R-RMA-3, R-RMA-4)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: no unit is expected back now (the allowed statuses are listed)' })
  @ApiUnprocessableEntityResponse({ description: 'RMA.WRONG_UNIT: not the unit this RMA expects back' })
  receive(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReceiveUnitRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
