import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { BusinessCalendar, nextYearScheduleMissing } from '@aftersales/platform-calendar';
import { Clock } from '@aftersales/platform-timers';
import { Roles } from '@aftersales/platform-service-defaults';
import { calendarToIcs } from '../../infrastructure/calendar-ics';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';
import { slaCode } from '../../sla-code';
import { slaCalendarNotFound } from '../../sla.errors';

@ApiTags('sla')
@Controller('v1/sla')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Staff only: customers do not read calendars' })
export class SlaCalendarsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
    private readonly clock: Clock,
  ) {}

  @Get('calendars')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The business calendars clocks run on (R-SLA-6)' })
  async calendars(): Promise<{ items: (BusinessCalendar & { version: number })[] }> {
    return { items: await this.plans.calendars(this.dataSource.manager) };
  }

  @Get('calendars/:id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'One business calendar; nextYearScheduleMissing from December 1 when next year has no holidays (R-SLA-6)' })
  @ApiBadRequestResponse({ description: 'The id is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE)' })
  @ApiNotFoundResponse({ description: 'No calendar with this id (INTAKE.SLA_CALENDAR_NOT_FOUND)' })
  async calendar(@Param('id') id: string): Promise<BusinessCalendar & { nextYearScheduleMissing: boolean }> {
    const calendar = await this.plans.calendar(this.dataSource.manager, slaCode('calendar', id));
    if (!calendar) throw slaCalendarNotFound(id);
    return { ...calendar, nextYearScheduleMissing: nextYearScheduleMissing(calendar, this.clock.now()) };
  }

  @Get('calendars/:id/ics')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: "A calendar's holidays and make-up working days (调休) as iCalendar (text/calendar), R-SLA-6" })
  @ApiProduces('text/calendar')
  @ApiBadRequestResponse({ description: 'The id is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE)' })
  @ApiNotFoundResponse({ description: 'No calendar with this id (INTAKE.SLA_CALENDAR_NOT_FOUND)' })
  async ics(@Param('id') id: string, @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown }): Promise<string> {
    const calendar = await this.plans.calendar(this.dataSource.manager, slaCode('calendar', id));
    if (!calendar) throw slaCalendarNotFound(id);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${calendar.id}.ics"`);
    return calendarToIcs(calendar, this.clock.now());
  }
}
