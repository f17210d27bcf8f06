import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitEntity } from '../../infrastructure/visit.entity';
import { toVisitView } from '../../visit.view';

@ApiTags('visits')
@Controller('v1')
export class ListVisitsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('work-orders/:id/visits')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The visits of a work order, first first (the signature image itself is not returned)' })
  @ApiOkResponse({ description: 'The visits' })
  @ApiProblems({ 400: 'An invalid id' })
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const visits = await this.dataSource.getRepository(VisitEntity).find({ where: { workOrderId: id }, order: { visitNumber: 'ASC' } });
    return { items: visits.map(toVisitView) };
  }
}
