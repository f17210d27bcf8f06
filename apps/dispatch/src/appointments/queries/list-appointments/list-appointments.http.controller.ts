import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ListAppointmentsQuery } from './list-appointments.query';

@ApiTags('appointments')
@Controller('v1')
export class ListAppointmentsHttpController {
  constructor(private readonly query: ListAppointmentsQuery) {}

  @Get('work-orders/:id/appointments')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The appointments of a work order, oldest first, rescheduled ones included' })
  @ApiOkResponse({ description: 'The appointments' })
  @ApiProblems({ 400: 'An invalid id' })
  list(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.execute(id);
  }
}
