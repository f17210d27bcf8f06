import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { RecordDeliveryCommand } from './record-delivery.command';
import { RecordDeliveryRequest } from './record-delivery.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/delivery')
export class RecordDeliveryHttpController {
  constructor(private readonly command: RecordDeliveryCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Record the delivery to the customer; for an advance replacement the 10-working-day return clock starts (R-RMA-3)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: not shipped (the allowed statuses are listed)' })
  deliver(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordDeliveryRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
