import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@ApiTags('complaints')
@Controller('v1/complaints')
export class GetComplaintHttpController {
  constructor(private readonly query: GetComplaintQuery) {}

  @Get(':id')
  @Roles('complaint-officer', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'A complaint with its handling steps, oldest first (R-CP-2); customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.query.execute(id, user);
  }
}
