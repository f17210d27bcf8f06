import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { OpenRmaCommand } from './open-rma.command';
import { OpenRmaRequest } from './open-rma.request';

@ApiTags('rmas')
@Controller('v1/rmas')
export class OpenRmaHttpController {
  constructor(private readonly command: OpenRmaCommand) {}

  @Post()
  @Roles('agent', 'rma-admin', 'admin')
  @ApiOperation({
    summary: 'Open an RMA for a case (R-RMA-1): who pays the shipping is decided (R-RMA-8) and the 24-hour review starts (R-RMA-7)',
    description: 'Warranty’s decisions open RMAs by themselves (remedy return, exchange or replacement); this is for an agent.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: RmaResponse.Output })
  @ApiConflictResponse({ description: 'RMA.OPEN_FOR_DECISION: the warranty decision already has an open RMA' })
  async open(
    @Body() body: OpenRmaRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<RmaView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
