import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { CodePipe } from '../../../http/codes';
import { CatalogueQuery } from './catalogue.query';
import { PartsRequest, WarehousesRequest } from './catalogue.request';

const READERS = ['rma-admin', 'agent', 'engineer', 'manager', 'admin'] as const;

@ApiTags('parts')
@Controller('v1')
export class CatalogueHttpController {
  constructor(private readonly query: CatalogueQuery) {}

  @Get('parts')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The spare-parts catalogue in part-number order, cursor pagination (R-RMA-5)' })
  @ApiOkResponse({ description: 'A page of parts' })
  parts(@Query() q: PartsRequest) {
    return this.query.parts(q);
  }

  @Get('parts/:partNumber')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One spare part with its ranked substitutes' })
  @ApiOkResponse({ description: 'The part' })
  @ApiProblems({ 400: 'An invalid part number', 404: 'RMA.PART_NOT_FOUND' })
  part(@Param('partNumber', new CodePipe()) partNumber: string) {
    return this.query.part(partNumber);
  }

  @Get('warehouses')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Warehouses (central, branches, engineer vans, depots) in code order, cursor pagination (R-RMA-5)' })
  @ApiOkResponse({ description: 'A page of warehouses' })
  warehouses(@Query() q: WarehousesRequest) {
    return this.query.warehouses(q);
  }

  @Get('warehouses/:code')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One warehouse with its time zone and calendar' })
  @ApiOkResponse({ description: 'The warehouse' })
  @ApiProblems({ 400: 'An invalid code', 404: 'RMA.WAREHOUSE_NOT_FOUND' })
  warehouse(@Param('code', new CodePipe()) code: string) {
    return this.query.warehouse(code);
  }
}
