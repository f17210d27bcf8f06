import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { priorityLevel } from '@aftersales/contracts-core';
import { AuthUser, CurrentUser, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { CasePageResponse, toCaseView } from '../../case.view';
import { CASE_STATUSES } from '../../domain/case-lifecycle';
import { CaseEntity } from '../../infrastructure/case.entity';

const listCasesQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  priority: priorityLevel.optional(),
  serialNumber: z.string().max(100).optional(),
  customerId: z.uuid().optional().describe('Staff only: a customer always sees their own cases'),
  ...pageQuery,
});
class ListCasesQuery extends createZodDto(listCasesQuery) {}

@ApiTags('cases')
@Controller('v1/cases')
export class ListCasesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Cases, newest first, with cursor pagination; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: CasePageResponse.Output })
  async list(@Query() query: ListCasesQuery, @CurrentUser() user: AuthUser) {
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
    const customerId = user.roles.includes('customer') ? user.customerId : query.customerId;
    if (customerId) qb.andWhere('c.customer_id = :customerId', { customerId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.priority) qb.andWhere('c.priority = :priority', { priority: query.priority });
    if (query.serialNumber) qb.andWhere('c.serial_number = :serial', { serial: query.serialNumber });
    return paginate(qb, query, toCaseView);
  }
}
