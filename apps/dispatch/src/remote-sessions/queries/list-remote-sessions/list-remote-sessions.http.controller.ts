import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { RemoteSessionEntity } from '../../infrastructure/remote-session.entity';
import { toRemoteSessionView } from '../../remote-session.view';

@ApiTags('remote-sessions')
@Controller('v1')
export class ListRemoteSessionsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('work-orders/:id/remote-sessions')
  @Roles('engineer', 'expert', 'agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The remote sessions of a work order, oldest first, with consent and outcome' })
  @ApiOkResponse({ description: 'The remote sessions' })
  @ApiProblems({ 400: 'An invalid id' })
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const items = await this.dataSource.getRepository(RemoteSessionEntity).find({ where: { workOrderId: id }, order: { startedAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toRemoteSessionView) };
  }
}
