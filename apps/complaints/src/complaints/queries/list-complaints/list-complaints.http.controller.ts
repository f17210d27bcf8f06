import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { ComplaintPageResponse, ComplaintView, toComplaintView } from '../../complaint.view';
import { COMPLAINT_STATUSES } from '../../domain/complaint-lifecycle';
import { ComplaintEntity } from '../../infrastructure/complaint.entity';

const listComplaintsQuery = z.strictObject({
  caseId: z.uuid().optional().describe('Complaints concerning this case'),
  customerId: z.uuid().optional().describe('Staff only: a customer always sees their own complaints'),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  ...pageQuery,
});
class ListComplaintsQuery extends createZodDto(listComplaintsQuery) {}

@ApiTags('complaints')
@Controller('v1/complaints')
export class ListComplaintsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('complaint-officer', 'manager', 'admin', 'customer')
  @ApiOperation({ summary: 'Complaints, newest first, with cursor pagination; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: ComplaintPageResponse.Output })
  list(@Query() query: ListComplaintsQuery, @CurrentUser() user: AuthUser): Promise<Page<ComplaintView>> {
    const qb = this.dataSource.getRepository(ComplaintEntity).createQueryBuilder('c');
    const customerId = user.roles.includes('customer') ? user.customerId : query.customerId;
    if (customerId) qb.andWhere('c.customer_id = :customerId', { customerId });
    if (query.caseId) qb.andWhere('c.case_ids @> ARRAY[:caseId]::uuid[]', { caseId: query.caseId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const now = new Date();
    return paginate(qb, query, (c) => toComplaintView(c, now));
  }
}
