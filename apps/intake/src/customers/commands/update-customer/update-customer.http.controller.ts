import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CustomerResponse, CustomerView } from '../../customer.view';
import { customerPatchSchema } from '../customer.requests';
import { UpdateCustomerCommand } from './update-customer.command';

class UpdateCustomerRequest extends createZodDto(customerPatchSchema) {}

@ApiTags('customers')
@Controller('v1/customers')
export class UpdateCustomerHttpController {
  constructor(private readonly command: UpdateCustomerCommand) {}

  // The same parameter name as GET /v1/customers/:customerId: one path in the OpenAPI document, not two.
  @Patch(':customerId')
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Change a customer’s kind, name or code (a code already in use is a 409)' })
  @ApiOkResponse({ type: CustomerResponse.Output })
  update(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Body() body: UpdateCustomerRequest, @CurrentUser() user: AuthUser): Promise<CustomerView> {
    return this.command.execute(customerId, body, user);
  }
}
