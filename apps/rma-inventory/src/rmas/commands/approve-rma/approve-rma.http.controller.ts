import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { ApproveRmaCommand } from './approve-rma.command';
import { ApproveRmaRequest } from './approve-rma.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/approval')
export class ApproveRmaHttpController {
  constructor(private readonly command: ApproveRmaCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Approve an RMA at review (R-RMA-7); an advance replacement reserves its spare and gets its ship-by time (R-RMA-2)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: not awaiting review (the allowed statuses are listed); RMA.STOCK_UNAVAILABLE: no warehouse holds the part or a substitute (what is available where)' })
  @ApiUnprocessableEntityResponse({ description: 'RMA.PART_MISSING: an advance replacement without a part to ship' })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ApproveRmaRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
