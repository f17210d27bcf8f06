import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { SlaPlan } from '../../domain/sla-plan';
import { slaCode } from '../../sla-code';
import { PutPlanCommand } from './put-plan.command';
import { PutSlaPlanRequest } from './put-plan.request';

@ApiTags('sla')
@Controller('v1/sla')
export class PutPlanHttpController {
  constructor(private readonly command: PutPlanCommand) {}

  @Put('plans/:code')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create or replace an SLA plan',
    description: 'Applies to clocks started afterwards; running clocks keep the definition they started under. Contracts name a plan by its code (warranty’s slaPlanCode).',
  })
  @ApiBadRequestResponse({ description: 'The code is not 1-40 lower-case letters, digits and hyphens (INTAKE.SLA_BAD_CODE), or the plan is not valid' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Only an admin edits plans' })
  @ApiUnprocessableEntityResponse({ description: 'The plan names a calendar that does not exist (INTAKE.SLA_CALENDAR_UNKNOWN)' })
  putPlan(@Param('code') code: string, @Body() body: PutSlaPlanRequest): Promise<SlaPlan & { version: number }> {
    return this.command.execute(slaCode('plan', code), body);
  }
}
