import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { OpenCaseCommand } from './open-case.command';
import { OpenCaseRequest } from './open-case.request';

@ApiTags('cases')
@Controller('v1/cases')
export class OpenCaseHttpController {
  constructor(private readonly command: OpenCaseCommand) {}

  @Post()
  @Roles('agent', 'engineer', 'admin', 'customer')
  @ApiOperation({
    summary: 'Open a case from any channel (R-IN-1..5); emits aftersales.intake.case.opened.v1',
    description: 'Staff (agent, engineer, admin) name the customer in customerId; a customer opens cases for the customer of their token only.',
  })
  @ApiCreatedResponse({ type: CaseResponse.Output })
  @ApiBadRequestResponse({ description: 'The body does not match the schema, or staff named no customerId' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'A customer opening a case for another customer, or a customer token without a valid customer id' })
  @ApiUnprocessableEntityResponse({ description: 'INTAKE.CUSTOMER_UNKNOWN: no such customer is registered; INTAKE.SITE_UNKNOWN: the site is not the customer’s' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async open(
    @Body() body: OpenCaseRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<CaseView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
