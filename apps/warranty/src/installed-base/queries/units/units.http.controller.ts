import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { OwnershipHistoryResponse, OwnershipView, UnitPageResponse, UnitResponse, UnitSwapListResponse, UnitSwapView, UnitView } from '../../installed-base.view';
import { UnitsQuery } from './units.query';
import { ListUnitsRequest } from './units.request';

@ApiTags('installed base')
@Controller('v1/units')
export class UnitsHttpController {
  constructor(private readonly query: UnitsQuery) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Registered units, newest first, by model or owner' })
  @ApiOkResponse({ type: UnitPageResponse.Output })
  list(@Query() q: ListUnitsRequest): Promise<Page<UnitView>> {
    return this.query.list(q);
  }

  @Get(':serialNumber')
  @Roles('admin')
  @ApiOperation({ summary: 'One unit by its serial number' })
  @ApiOkResponse({ type: UnitResponse.Output })
  get(@Param('serialNumber') serialNumber: string): Promise<UnitView> {
    return this.query.get(serialNumber);
  }

  @Get(':serialNumber/ownership')
  @Roles('admin', 'agent')
  @ApiOperation({ summary: "A unit's owners, oldest first: the owner it was registered with, then every transfer" })
  @ApiOkResponse({ type: OwnershipHistoryResponse.Output })
  ownership(@Param('serialNumber') serialNumber: string): Promise<{ items: OwnershipView[] }> {
    return this.query.ownership(serialNumber);
  }

  @Get(':serialNumber/swaps')
  @Roles('admin', 'agent')
  @ApiOperation({ summary: "A unit's RMA swaps, oldest first: the serial that replaced it, or the one it replaced, and the warranty the replacement got" })
  @ApiOkResponse({ type: UnitSwapListResponse.Output })
  swaps(@Param('serialNumber') serialNumber: string): Promise<{ items: UnitSwapView[] }> {
    return this.query.swaps(serialNumber);
  }
}
