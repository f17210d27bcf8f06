import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { DeliveryPageResponse, DeliveryView } from '../../delivery.view';
import { ListDeliveriesQuery } from './list-deliveries.query';
import { ListDeliveriesRequest } from './list-deliveries.request';

@ApiTags('notifications')
@Controller('v1/notifications/deliveries')
export class ListDeliveriesHttpController {
  constructor(private readonly query: ListDeliveriesQuery) {}

  @Get()
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Deliveries of a case or of a person, newest first: queued, held, digested, sent or failed with the reason' })
  @ApiOkResponse({ type: DeliveryPageResponse.Output })
  @ApiBadRequestResponse({ description: 'Neither caseId nor personId, or an invalid filter (problem+json)' })
  list(@Query() query: ListDeliveriesRequest): Promise<Page<DeliveryView>> {
    return this.query.execute(query);
  }
}
