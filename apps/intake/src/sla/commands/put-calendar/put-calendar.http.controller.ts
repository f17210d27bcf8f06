import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { Roles } from '@aftersales/platform-service-defaults';
import { slaCode } from '../../sla-code';
import { PutCalendarCommand } from './put-calendar.command';
import { PutCalendarRequest } from './put-calendar.request';

@ApiTags('sla')
@Controller('v1/sla')
export class PutCalendarHttpController {
  constructor(private readonly command: PutCalendarCommand) {}

  @Put('calendars/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace a business calendar: working intervals per weekday, time zone, public holidays and make-up working days (调休), effective-dated versions',
    description: 'Every open clock on the calendar is recomputed (deadlines and escalation timers), in durable batches right after the answer.',
  })
  @ApiBadRequestResponse({ description: 'The id is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE), or the body does not match the schema' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Only an admin edits calendars' })
  @ApiUnprocessableEntityResponse({ description: 'The calendar is not valid: an unknown time zone, overlapping intervals, ... (INTAKE.SLA_CALENDAR_INVALID, with the problems)' })
  putCalendar(@Param('id') id: string, @Body() body: PutCalendarRequest): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    return this.command.execute(slaCode('calendar', id), body as Omit<BusinessCalendar, 'id'>);
  }
}
