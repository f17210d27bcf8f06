import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ClaimResponse, ClaimView } from '../../paid-service.view';
import { SubmitClaimCommand } from './submit-claim.command';
import { SubmitClaimRequest } from './submit-claim.request';

@ApiTags('paid service')
@Controller('v1/warranty-claims')
export class SubmitClaimHttpController {
  constructor(private readonly command: SubmitClaimCommand) {}

  @Post()
  @Roles('engineer', 'admin')
  @ApiOperation({ summary: 'Claim a free repair on warranty, valued on a price list; paid service cannot be claimed (R-DS-7)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: ClaimResponse.Output })
  async submit(
    @Body() body: SubmitClaimRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ClaimView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
