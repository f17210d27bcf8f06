import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { Roles } from '@aftersales/platform-service-defaults';
import { slaCode } from '../../sla-code';
import { slaIcsNotCalendar } from '../../sla.errors';
import { ImportCalendarIcsCommand } from './import-calendar-ics.command';
import { icsBodySchema } from './import-calendar-ics.request';

@ApiTags('sla')
@Controller('v1/sla')
export class ImportCalendarIcsHttpController {
  constructor(private readonly command: ImportCalendarIcsCommand) {}

  @Put('calendars/:id/ics')
  @Roles('admin')
  @ApiOperation({
    summary: "Replace a calendar's holidays and make-up working days (调休) from an iCalendar (text/calendar): one all-day event per day or range",
    description: 'Make-up working days carry CATEGORIES:WORKDAY (or 补班/上班 in the summary). Open clocks on the calendar are recomputed.',
  })
  @ApiConsumes('text/calendar')
  @ApiBody({ schema: { type: 'string', example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...\r\nEND:VCALENDAR' } })
  @ApiBadRequestResponse({ description: 'The id is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE), or the body is not a text/calendar text (INTAKE.SLA_ICS_MEDIA_TYPE)' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Only an admin edits calendars' })
  @ApiNotFoundResponse({ description: 'No calendar with this id (INTAKE.SLA_CALENDAR_NOT_FOUND)' })
  @ApiUnprocessableEntityResponse({ description: 'Not iCalendar, a timed or recurring event, or a day both holiday and make-up day (INTAKE.SLA_ICS_INVALID, INTAKE.SLA_CALENDAR_INVALID)' })
  importIcs(@Param('id') id: string, @Body() body: unknown): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    const code = slaCode('calendar', id);
    const ics = icsBodySchema.safeParse(body);
    if (!ics.success) throw slaIcsNotCalendar();
    return this.command.execute(code, ics.data);
  }
}
