import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ListVisitsQuery } from './list-visits.query';

@ApiTags('visits')
@Controller('v1')
export class ListVisitsHttpController {
  constructor(private readonly query: ListVisitsQuery) {}

  @Get('work-orders/:id/visits')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The visits of a work order, first first (the signature image itself is not returned)' })
  @ApiOkResponse({ description: 'The visits' })
  @ApiProblems({ 400: 'An invalid id' })
  list(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.execute(id);
  }
}
