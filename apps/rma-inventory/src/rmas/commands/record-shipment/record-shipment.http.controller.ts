import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { RecordShipmentCommand } from './record-shipment.command';
import { RecordShipmentRequest } from './record-shipment.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/shipment')
export class RecordShipmentHttpController {
  constructor(private readonly command: RecordShipmentCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Record the shipment of the spare or replacement: carrier, tracking number and the serial shipped (R-RMA-2)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: nothing to ship now (the allowed statuses are listed)' })
  ship(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordShipmentRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
