import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { engineerNotFound } from '../../engineer.errors';
import { EngineerView, toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';

@ApiTags('engineers')
@Controller('v1/engineers')
export class GetEngineerHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'An engineer profile with their current load (open orders)' })
  @ApiOkResponse({ description: 'The engineer profile' })
  @ApiProblems({ 400: 'An invalid id', 404: 'DISPATCH.ENGINEER_NOT_FOUND' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<EngineerView> {
    const e = await this.dataSource.getRepository(EngineerEntity).findOneBy({ id });
    if (!e) throw engineerNotFound(id);
    return toEngineerView(e);
  }
}
