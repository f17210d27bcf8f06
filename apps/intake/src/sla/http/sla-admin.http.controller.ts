import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { BusinessCalendar } from '@aftersales/platform-calendar';
import { DomainError, Roles } from '@aftersales/platform-service-defaults';
import { SlaPlan } from '../domain/sla-plan';
import { SlaStore } from '../infrastructure/sla.store';
import { SlaAdminService } from '../sla-admin.service';
import { PutCalendarRequest, PutSlaPlanRequest } from './sla-admin.request';

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

function checkCode(kind: string, code: string): string {
  if (!CODE.test(code)) throw new DomainError('INTAKE.SLA_BAD_CODE', `A ${kind} code is 1-40 lower-case letters, digits and hyphens`, 400);
  return code;
}

@ApiTags('sla')
@Controller('v1/sla')
export class SlaAdminHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SlaStore,
    private readonly admin: SlaAdminService,
  ) {}

  @Get('plans')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The SLA plans: per priority the clocks, targets, calendars, pause and stop statuses, and the escalation ladder (R-SLA-1..3)' })
  async plans(): Promise<{ items: (SlaPlan & { version: number })[] }> {
    return { items: await this.store.plans(this.dataSource.manager) };
  }

  @Get('plans/:code')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'One SLA plan' })
  async plan(@Param('code') code: string): Promise<SlaPlan> {
    const plan = await this.store.plan(this.dataSource.manager, checkCode('plan', code));
    if (!plan) throw new DomainError('INTAKE.SLA_PLAN_NOT_FOUND', `No SLA plan ${code}`, 404);
    return plan;
  }

  @Put('plans/:code')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace an SLA plan',
    description: 'Applies to clocks started afterwards; running clocks keep the definition they started under. Contracts name a plan by its code (warranty’s slaPlanCode).',
  })
  putPlan(@Param('code') code: string, @Body() body: PutSlaPlanRequest): Promise<SlaPlan & { version: number }> {
    return this.admin.putPlan(checkCode('plan', code), body);
  }

  @Get('calendars')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The business calendars clocks run on (R-SLA-6)' })
  async calendars(): Promise<{ items: (BusinessCalendar & { version: number })[] }> {
    return { items: await this.store.calendars(this.dataSource.manager) };
  }

  @Get('calendars/:id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'One business calendar' })
  async calendar(@Param('id') id: string): Promise<BusinessCalendar> {
    const calendar = await this.store.calendar(this.dataSource.manager, checkCode('calendar', id));
    if (!calendar) throw new DomainError('INTAKE.SLA_CALENDAR_NOT_FOUND', `No calendar ${id}`, 404);
    return calendar;
  }

  @Put('calendars/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace a business calendar: working intervals per weekday, time zone, public holidays and make-up working days (调休), effective-dated versions',
    description: 'Every open clock on the calendar is recomputed (deadlines and escalation timers), in durable batches right after the answer.',
  })
  putCalendar(@Param('id') id: string, @Body() body: PutCalendarRequest): Promise<BusinessCalendar & { version: number; openClocksToRecompute: number }> {
    return this.admin.putCalendar(checkCode('calendar', id), body as Omit<BusinessCalendar, 'id'>);
  }
}
