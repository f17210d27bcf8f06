import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { complaintNotFound } from '../../complaint.errors';
import { ComplaintDetailView, ComplaintResponse, toComplaintDetailView } from '../../complaint.view';
import { ComplaintEntity } from '../../infrastructure/complaint.entity';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';

@ApiTags('complaints')
@Controller('v1/complaints')
export class GetComplaintHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
  ) {}

  @Get(':id')
  @Roles('complaint-officer', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'A complaint with its handling steps, oldest first (R-CP-2); customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    const complaint = await this.dataSource.getRepository(ComplaintEntity).findOneBy({ id });
    if (!complaint || (user.roles.includes('customer') && complaint.customerId !== user.customerId)) throw complaintNotFound(id);
    return toComplaintDetailView(complaint, await this.complaints.stepsOf(this.dataSource.manager, id));
  }
}
