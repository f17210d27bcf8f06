import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { EngineerView } from '../../engineer.view';
import { GetEngineerQuery } from './get-engineer.query';

@ApiTags('engineers')
@Controller('v1/engineers')
export class GetEngineerHttpController {
  constructor(private readonly query: GetEngineerQuery) {}

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'An engineer profile with their current load (open orders)' })
  @ApiOkResponse({ description: 'The engineer profile' })
  @ApiProblems({ 400: 'An invalid id', 404: 'DISPATCH.ENGINEER_NOT_FOUND' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<EngineerView> {
    return this.query.execute(id);
  }
}
