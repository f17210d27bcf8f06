import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { RecordCustomerResponseCommand } from './record-customer-response.command';
import { RecordCustomerResponseRequest } from './record-customer-response.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class RecordCustomerResponseHttpController {
  constructor(private readonly command: RecordCustomerResponseCommand) {}

  @Post(':id/customer-response')
  @HttpCode(200)
  @Roles('customer', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({
    summary: 'The complainant accepts the resolution (resolved) or rejects it (reopened); emits aftersales.complaints.complaint.resolved.v1 on acceptance',
    description: 'A customer answers for their own complaints only (R-IN-8); staff take down an answer given by phone or in person.',
  })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.ILLEGAL_TRANSITION: no resolution is waiting for the complainant' })
  respond(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordCustomerResponseRequest, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, body, user);
  }
}
