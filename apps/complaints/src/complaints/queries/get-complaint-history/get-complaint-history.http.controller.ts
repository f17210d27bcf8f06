import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { complaintHistoryNotFound } from '../../complaint.errors';
import { ComplaintHistoryResponse, ComplaintHistoryView, toHistoryView } from '../../complaint.view';
import { CustomerComplaintHistoryEntity } from '../../infrastructure/complaint.entity';

@ApiTags('complaints')
@Controller('v1/customers')
export class GetComplaintHistoryHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':customerId/complaint-history')
  @Roles('complaint-officer', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({
    summary: 'Whether a customer complained before, and how often (R-CP-5)',
    description: 'A customer without complaints has complaintCount 0. A customer reads only their own history (R-IN-8).',
  })
  @ApiOkResponse({ type: ComplaintHistoryResponse.Output })
  async get(@Param('customerId', new ParseUUIDPipe()) customerId: string, @CurrentUser() user: AuthUser): Promise<ComplaintHistoryView> {
    if (user.roles.includes('customer') && customerId !== user.customerId) throw complaintHistoryNotFound(customerId);
    return toHistoryView(customerId, await this.dataSource.getRepository(CustomerComplaintHistoryEntity).findOneBy({ customerId }));
  }
}
