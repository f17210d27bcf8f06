import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { RmaPageResponse, RmaResponse, RmaSummary, RmaView } from '../../rma.view';
import { RmasQuery } from './rmas.query';
import { ListRmasRequest } from './rmas.request';

@ApiTags('rmas')
@Controller('v1/rmas')
export class RmasHttpController {
  constructor(private readonly query: RmasQuery) {}

  @Get()
  @Roles('agent', 'rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'RMAs, newest first, by case, unit, status or kind' })
  @ApiOkResponse({ type: RmaPageResponse.Output })
  list(@Query() q: ListRmasRequest): Promise<Page<RmaSummary>> {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('agent', 'rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'One RMA with its lines, its clocks and every step taken (who, when, why)' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<RmaView> {
    return this.query.get(id);
  }
}
