import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { SlaPlan } from '../../domain/sla-plan';
import { SlaPlanStore } from '../../infrastructure/sla-plan.store';
import { slaCode } from '../../sla-code';
import { slaPlanNotFound } from '../../sla.errors';

@ApiTags('sla')
@Controller('v1/sla')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Staff only: customers do not read plans' })
export class SlaPlansHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SlaPlanStore,
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
  @ApiBadRequestResponse({ description: 'The code is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE)' })
  @ApiNotFoundResponse({ description: 'No plan with this code (INTAKE.SLA_PLAN_NOT_FOUND)' })
  async plan(@Param('code') code: string): Promise<SlaPlan> {
    const plan = await this.store.plan(this.dataSource.manager, slaCode('plan', code));
    if (!plan) throw slaPlanNotFound(code);
    return plan;
  }
}
