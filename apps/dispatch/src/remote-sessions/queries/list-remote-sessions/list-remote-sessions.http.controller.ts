import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ListRemoteSessionsQuery } from './list-remote-sessions.query';

@ApiTags('remote-sessions')
@Controller('v1')
export class ListRemoteSessionsHttpController {
  constructor(private readonly query: ListRemoteSessionsQuery) {}

  @Get('work-orders/:id/remote-sessions')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The remote sessions of a work order, oldest first, with consent and outcome' })
  @ApiOkResponse({ description: 'The remote sessions' })
  @ApiProblems({ 400: 'An invalid id' })
  list(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.query.execute(id);
  }
}
