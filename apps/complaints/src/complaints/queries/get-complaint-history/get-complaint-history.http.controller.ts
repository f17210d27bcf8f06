import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintHistoryResponse, ComplaintHistoryView } from '../../complaint.view';
import { GetComplaintHistoryQuery } from './get-complaint-history.query';

@ApiTags('complaints')
@Controller('v1/customers')
export class GetComplaintHistoryHttpController {
  constructor(private readonly query: GetComplaintHistoryQuery) {}

  @Get(':customerId/complaint-history')
  @Roles('complaint-officer', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({
    summary: 'Whether a customer complained before, and how often (R-CP-5)',
    description: 'A customer without complaints has complaintCount 0. A customer reads only their own history (R-IN-8).',
  })
  @ApiOkResponse({ type: ComplaintHistoryResponse.Output })
  get(@Param('customerId', new ParseUUIDPipe()) customerId: string, @CurrentUser() user: AuthUser): Promise<ComplaintHistoryView> {
    return this.query.execute(customerId, user);
  }
}
