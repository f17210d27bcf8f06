import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { CustomerRecordReadEntity } from '../../infrastructure/customer-record-read.entity';

const customerReadView = z.object({
  id: z.uuid(),
  at: isoDateTime,
  actor: z.string().describe('user:<subject>'),
  roles: z.array(z.string()),
  branch: z.string().nullable(),
  customerId: z.uuid().nullable(),
  record: z.string().describe('customer, case or case-activity'),
  recordId: z.string().nullable(),
  action: z.string().describe('The operation, e.g. GET /v1/cases/{id}'),
});
type CustomerReadView = z.infer<typeof customerReadView>;
class CustomerReadPageResponse extends createZodDto(z.object({ items: z.array(customerReadView), nextCursor: z.uuid().nullable() })) {}

const listQuery = z.strictObject({
  customerId: z.uuid().optional().describe('The customer whose records were read'),
  actor: z.string().trim().min(1).max(210).optional().describe('Who read them: user:<subject>'),
  ...pageQuery,
});
class ListCustomerReadsQuery extends createZodDto(listQuery) {}

const toView = (r: CustomerRecordReadEntity): CustomerReadView => ({
  id: r.id,
  at: r.at.toISOString(),
  actor: r.actor,
  roles: r.roles,
  branch: r.branch,
  customerId: r.customerId,
  record: r.record,
  recordId: r.recordId,
  action: r.action,
});

@ApiTags('audit')
@Controller('v1/audit')
export class ListCustomerReadsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('customer-reads')
  @Roles('admin')
  @ApiOperation({ summary: 'Reads of customer records by staff, newest first (R-IN-8): who read which customer’s case or record, when' })
  @ApiOkResponse({ type: CustomerReadPageResponse.Output })
  list(@Query() query: ListCustomerReadsQuery): Promise<Page<CustomerReadView>> {
    const qb = this.dataSource.getRepository(CustomerRecordReadEntity).createQueryBuilder('c');
    if (query.customerId) qb.andWhere('c.customer_id = :customerId', { customerId: query.customerId });
    if (query.actor) qb.andWhere('c.actor = :actor', { actor: query.actor });
    return paginate(qb, query, toView);
  }
}
