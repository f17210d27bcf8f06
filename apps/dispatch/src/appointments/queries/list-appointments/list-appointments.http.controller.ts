import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { toAppointmentView } from '../../appointment.view';
import { AppointmentEntity } from '../../infrastructure/appointment.entity';

@ApiTags('appointments')
@Controller('v1')
export class ListAppointmentsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('work-orders/:id/appointments')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The appointments of a work order, oldest first, rescheduled ones included' })
  @ApiOkResponse({ description: 'The appointments' })
  @ApiProblems({ 400: 'An invalid id' })
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const items = await this.dataSource.getRepository(AppointmentEntity).find({ where: { workOrderId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toAppointmentView) };
  }
}
