import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { DepotRepairResponse, DepotRepairView } from '../../depot-repair.view';
import { ReceiveAtDepotCommand } from './receive-at-depot.command';
import { ReceiveAtDepotRequest } from './receive-at-depot.request';

@ApiTags('depot repairs')
@Controller('v1/depot-repairs')
export class ReceiveAtDepotHttpController {
  constructor(private readonly command: ReceiveAtDepotCommand) {}

  @Post()
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Receive and check a carried-in or mailed-in unit at the depot: condition, accessories, photos (R-RMA-6)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: DepotRepairResponse.Output })
  @ApiUnprocessableEntityResponse({ description: 'RMA.NOT_A_DEPOT: the warehouse is not an active depot' })
  async receive(
    @Body() body: ReceiveAtDepotRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<DepotRepairView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
