import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReservationsQuery } from './reservations.query';
import { ReservationsRequest } from './reservations.request';

@ApiTags('stock')
@Controller('v1/stock/reservations')
export class ReservationsHttpController {
  constructor(private readonly query: ReservationsQuery) {}

  @Get()
  @Roles('rma-admin', 'agent', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Reservations and contract holds, newest first, cursor pagination' })
  @ApiOkResponse({ description: 'A page of reservations' })
  list(@Query() q: ReservationsRequest) {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('rma-admin', 'agent', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'One reservation' })
  @ApiOkResponse({ description: 'The reservation' })
  @ApiProblems({ 400: 'An invalid id', 404: 'RMA.RESERVATION_NOT_FOUND' })
  one(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.one(id);
  }
}
