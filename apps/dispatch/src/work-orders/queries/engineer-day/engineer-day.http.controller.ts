import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { EngineerDayQuery } from './engineer-day.query';
import { EngineerDayRequest } from './engineer-day.request';

@ApiTags('work-orders')
@Controller('v1/engineers')
export class EngineerDayHttpController {
  constructor(private readonly query: EngineerDayQuery) {}

  @Get(':id/work-orders/today')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'An engineer’s orders for today: every open order (most urgent first, today’s visits first) and those completed today' })
  @ApiOkResponse({ description: 'The engineer’s day' })
  @ApiProblems({
    400: 'An invalid id or time zone',
    403: 'DISPATCH.NOT_YOUR_DAY: an engineer sees their own day only',
    404: 'DISPATCH.ENGINEER_NOT_FOUND',
  })
  today(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: EngineerDayRequest, @CurrentUser() user: AuthUser) {
    return this.query.execute(id, q, user);
  }
}
