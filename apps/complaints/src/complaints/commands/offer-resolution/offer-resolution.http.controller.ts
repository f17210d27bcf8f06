import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { OfferResolutionCommand } from './offer-resolution.command';

@ApiTags('complaints')
@Controller('v1/complaints')
export class OfferResolutionHttpController {
  constructor(private readonly command: OfferResolutionCommand) {}

  @Post(':id/offer')
  @HttpCode(200)
  @Roles('complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Put the proposed resolution to the complainant (awaiting the customer); emits aftersales.complaints.complaint.status-changed.v1' })
  @ApiOkResponse({ type: ComplaintResponse.Output })
  @ApiConflictResponse({ description: 'COMPLAINTS.ILLEGAL_TRANSITION, or COMPLAINTS.COMPENSATION_NOT_APPROVED: a compensation above the approval amount waits for a manager' })
  offer(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<ComplaintDetailView> {
    return this.command.execute(id, user);
  }
}
