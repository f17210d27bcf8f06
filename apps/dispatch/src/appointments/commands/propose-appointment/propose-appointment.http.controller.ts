import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { AppointmentView } from '../../appointment.view';
import { ProposeAppointmentCommand } from './propose-appointment.command';
import { ProposeAppointmentRequest } from './propose-appointment.request';

@ApiTags('appointments')
@Controller('v1')
export class ProposeAppointmentHttpController {
  constructor(private readonly command: ProposeAppointmentCommand) {}

  @Post('work-orders/:id/appointments')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Propose a visit slot to the customer' })
  @ApiCreatedResponse({ description: 'The proposed appointment' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.SLOT_ENDS_BEFORE_START, DISPATCH.SLOT_TOO_LONG, DISPATCH.SLOT_IN_PAST',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer arranges only their own orders',
    404: 'DISPATCH.WORK_ORDER_NOT_FOUND',
    409: 'DISPATCH.WORK_ORDER_NOT_OPEN: only an assigned or in-progress order',
  })
  propose(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ProposeAppointmentRequest, @CurrentUser() user: AuthUser): Promise<AppointmentView> {
    return this.command.execute(id, body, user);
  }
}
