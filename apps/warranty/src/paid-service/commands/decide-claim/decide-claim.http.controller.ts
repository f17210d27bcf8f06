import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ClaimResponse, ClaimView } from '../../paid-service.view';
import { DecideClaimCommand } from './decide-claim.command';
import { DecideClaimRequest } from './decide-claim.request';

@ApiTags('paid service')
@Controller('v1/warranty-claims/:id/decision')
export class DecideClaimHttpController {
  constructor(private readonly command: DecideClaimCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Approve a warranty claim, or reject it with a reason; once decided it stays decided (409)' })
  @ApiOkResponse({ type: ClaimResponse.Output })
  decide(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DecideClaimRequest, @CurrentUser() user: AuthUser): Promise<ClaimView> {
    return this.command.execute(id, body, user);
  }
}
