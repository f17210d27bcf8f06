import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { AppointmentView } from '../../appointment.view';
import { ConfirmAppointmentCommand } from './confirm-appointment.command';
import { ConfirmAppointmentRequest } from './confirm-appointment.request';

@ApiTags('appointments')
@Controller('v1')
export class ConfirmAppointmentHttpController {
  constructor(private readonly command: ConfirmAppointmentCommand) {}

  @Post('appointments/:id/confirm')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'The customer confirms a proposed slot; emits work-order.appointment-confirmed (R-SLA-1 arrangement recorded)' })
  @ApiOkResponse({ description: 'The confirmed appointment' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer arranges only their own orders',
    404: 'DISPATCH.APPOINTMENT_NOT_FOUND; DISPATCH.FOREIGN_WORK_ORDER: another customer’s order (R-IN-8)',
    409: 'DISPATCH.APPOINTMENT_NOT_PROPOSED; DISPATCH.SLOT_IN_PAST: the slot has begun; DISPATCH.WORK_ORDER_NOT_OPEN',
  })
  confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ConfirmAppointmentRequest, @CurrentUser() user: AuthUser): Promise<AppointmentView> {
    return this.command.execute(id, body, user);
  }
}
