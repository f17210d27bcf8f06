import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { SlaCaseRecord } from '../../integration/sla.port';
import { CaseTimersQuery, CaseTimersView } from './case-timers.query';

@ApiTags('sla')
@Controller('v1/cases')
export class CaseTimersHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: SlaCaseRecord,
    private readonly query: CaseTimersQuery,
    private readonly clock: Clock,
  ) {}

  @Get(':id/timers')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Every pending timer of a case: what is due when, and why',
    description:
      'The durable timers that will fire for this case (the SLA ladders’ next rungs), earliest first: the clock and rung, when it is due, who is told, and the rule behind it. Staff only: the recipients are internal.',
  })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'Customers and roles that do not work cases' })
  @ApiNotFoundResponse({ description: 'No such case (INTAKE.CASE_NOT_FOUND)' })
  async timers(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<CaseTimersView> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await this.cases.visibleTo(m, id, user);
      return this.query.execute(m, id, this.clock.now());
    });
  }
}
