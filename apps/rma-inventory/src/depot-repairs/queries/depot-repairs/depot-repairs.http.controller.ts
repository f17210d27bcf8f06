import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { DepotRepairPageResponse, DepotRepairResponse, DepotRepairView } from '../../depot-repair.view';
import { DepotRepairsQuery } from './depot-repairs.query';
import { ListDepotRepairsRequest } from './depot-repairs.request';

@ApiTags('depot repairs')
@Controller('v1/depot-repairs')
export class DepotRepairsHttpController {
  constructor(private readonly query: DepotRepairsQuery) {}

  @Get()
  @Roles('agent', 'rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'Depot repairs, newest first, by case or status' })
  @ApiOkResponse({ type: DepotRepairPageResponse.Output })
  list(@Query() q: ListDepotRepairsRequest): Promise<Page<Omit<DepotRepairView, 'steps'>>> {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('agent', 'rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'One depot repair with every step: who and when' })
  @ApiOkResponse({ type: DepotRepairResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.DEPOT_REPAIR_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<DepotRepairView> {
    return this.query.get(id);
  }
}
