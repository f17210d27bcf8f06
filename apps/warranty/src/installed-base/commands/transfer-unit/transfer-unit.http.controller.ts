import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { OwnershipResponse, OwnershipView } from '../../installed-base.view';
import { TransferUnitCommand } from './transfer-unit.command';
import { TransferUnitRequest } from './transfer-unit.request';

@ApiTags('installed base')
@Controller('v1/units/:serialNumber/transfers')
export class TransferUnitHttpController {
  constructor(private readonly command: TransferUnitCommand) {}

  @Post()
  @Roles('admin', 'agent')
  @ApiOperation({ summary: 'Transfer a unit to a new owner; the warranty stays with the unit and the earlier owners stay in its history' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: OwnershipResponse.Output })
  async transfer(
    @Param('serialNumber') serialNumber: string,
    @Body() body: TransferUnitRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<OwnershipView> {
    const result = await this.command.execute(serialNumber, body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
