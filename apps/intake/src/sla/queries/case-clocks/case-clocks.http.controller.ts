import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { SlaCaseRecord } from '../../integration/sla.port';
import { CaseClocksQuery, CaseClocksView } from './case-clocks.query';

@ApiTags('sla')
@Controller('v1/cases')
export class CaseClocksHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: SlaCaseRecord,
    private readonly query: CaseClocksQuery,
    private readonly clock: Clock,
  ) {}

  @Get(':id/clocks')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'The SLA clocks of a case: why each is due when it is, and why it breached',
    description:
      'Per clock: target and the rule behind it, calendar and time zone, state, deadline, the stretches of time that counted and those that did not (outside hours, weekend, holiday, paused) with the rule for each, the ladder steps still to come, and the append-only ledger. Customers see their own cases only (R-IN-8).',
  })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'A role that does not read cases' })
  @ApiNotFoundResponse({ description: 'No such case, or another customer’s (INTAKE.CASE_NOT_FOUND, R-IN-8)' })
  async clocks(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<CaseClocksView> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await this.cases.visibleTo(m, id, user);
      return this.query.execute(m, id, this.clock.now());
    });
  }
}
