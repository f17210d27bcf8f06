import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { AppointmentView } from '../../appointment.view';
import { RescheduleAppointmentCommand } from './reschedule-appointment.command';
import { RescheduleAppointmentRequest } from './reschedule-appointment.request';

@ApiTags('appointments')
@Controller('v1')
export class RescheduleAppointmentHttpController {
  constructor(private readonly command: RescheduleAppointmentCommand) {}

  @Post('appointments/:id/reschedule')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'Replace a proposed or confirmed slot with a new proposal' })
  @ApiCreatedResponse({ description: 'The new proposal (the old appointment is rescheduled)' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.SLOT_ENDS_BEFORE_START, DISPATCH.SLOT_TOO_LONG, DISPATCH.SLOT_IN_PAST',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer arranges only their own orders',
    404: 'DISPATCH.APPOINTMENT_NOT_FOUND; DISPATCH.FOREIGN_WORK_ORDER: another customer’s order (R-IN-8)',
    409: 'DISPATCH.APPOINTMENT_CLOSED: already rescheduled or cancelled; DISPATCH.WORK_ORDER_NOT_OPEN',
  })
  reschedule(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RescheduleAppointmentRequest, @CurrentUser() user: AuthUser): Promise<AppointmentView> {
    return this.command.execute(id, body, user);
  }
}
