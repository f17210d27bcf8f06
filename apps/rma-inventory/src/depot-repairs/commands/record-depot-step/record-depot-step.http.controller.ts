import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { DepotRepairResponse, DepotRepairView } from '../../depot-repair.view';
import { RecordDepotStepCommand } from './record-depot-step.command';
import { RecordDepotStepRequest } from './record-depot-step.request';

@ApiTags('depot repairs')
@Controller('v1/depot-repairs/:id/steps')
export class RecordDepotStepHttpController {
  constructor(private readonly command: RecordDepotStepCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Record the next depot step: diagnosed, quoted (paid repairs), repaired with depot parts, QC passed or failed, shipped back (R-RMA-6)' })
  @ApiOkResponse({ type: DepotRepairResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.DEPOT_REPAIR_NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_DEPOT_STEP: not the next step (the allowed ones are listed); RMA.STOCK_UNAVAILABLE: the depot lacks a part' })
  record(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordDepotStepRequest, @CurrentUser() user: AuthUser): Promise<DepotRepairView> {
    return this.command.execute(id, body, user);
  }
}
