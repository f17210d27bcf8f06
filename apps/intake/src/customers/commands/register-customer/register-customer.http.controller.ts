import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CustomerResponse, CustomerView } from '../../customer.view';
import { customerSchema } from '../customer.requests';
import { RegisterCustomerCommand } from './register-customer.command';

class RegisterCustomerRequest extends createZodDto(customerSchema) {}

@ApiTags('customers')
@Controller('v1/customers')
export class RegisterCustomerHttpController {
  constructor(private readonly command: RegisterCustomerCommand) {}

  @Post()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({
    summary: 'Register a customer (person or company) with its contacts and sites',
    description: 'Contact details are personal data (R-IN-8): only staff working cases and the customer itself read them; they are never logged.',
  })
  @ApiCreatedResponse({ type: CustomerResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async register(
    @Body() body: RegisterCustomerRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<CustomerView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
