import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { EngineerView } from '../../engineer.view';
import { ListEngineersQuery } from './list-engineers.query';
import { ListEngineersRequest } from './list-engineers.request';

@ApiTags('engineers')
@Controller('v1/engineers')
export class ListEngineersHttpController {
  constructor(private readonly query: ListEngineersQuery) {}

  @Get()
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Engineers with their skills, coverage and load, cursor pagination' })
  @ApiOkResponse({ description: 'One page of engineers' })
  @ApiProblems({ 400: 'An invalid filter or cursor' })
  list(@Query() q: ListEngineersRequest): Promise<Page<EngineerView>> {
    return this.query.execute(q);
  }
}
