import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkOrderView } from '../../work-order.view';
import { ContactCustomerCommand } from './contact-customer.command';
import { ContactCustomerRequest } from './contact-customer.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class ContactCustomerHttpController {
  constructor(private readonly command: ContactCustomerCommand) {}

  @Post(':id/customer-contacted')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Record the first contact with the customer (R-SLA-4); emits aftersales.dispatch.work-order.customer-contacted.v1' })
  @ApiOkResponse({ description: 'The work order with the contact recorded' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.CONTACT_IN_FUTURE, DISPATCH.CONTACT_BEFORE_ASSIGNMENT: contactedAt out of range',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s contact',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.NOT_ASSIGNED: no engineer on the order; DISPATCH.ALREADY_CONTACTED',
  })
  contacted(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ContactCustomerRequest, @CurrentUser() user: AuthUser): Promise<WorkOrderView> {
    return this.command.execute(id, body, user);
  }
}
