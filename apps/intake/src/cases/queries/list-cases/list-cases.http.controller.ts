import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Brackets, DataSource } from 'typeorm';
import { z } from 'zod';
import { isoDateTime, priorityLevel } from '@aftersales/contracts-core';
import { caseCategory, caseChannel } from '@aftersales/contracts-intake';
import { AuthUser, CurrentUser, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { containsPattern } from '../../../search/contains-pattern';
import { foreignCustomer, invalidCustomerToken } from '../../case.errors';
import { CasePageResponse, toCaseView } from '../../case.view';
import { CASE_STATUSES } from '../../domain/case-lifecycle';
import { CustomerReadAudit } from '../../../staff-reads/customer-read.audit';
import { branchScope } from '../../domain/case-visibility';
import { CaseEntity } from '../../infrastructure/case.entity';

const listCasesQuery = z
  .strictObject({
    status: z.enum(CASE_STATUSES).optional(),
    priority: priorityLevel.optional(),
    category: caseCategory.optional().describe('R-IN-4'),
    channel: caseChannel.optional().describe('R-IN-1'),
    productModel: z.string().trim().min(1).max(100).optional(),
    serialNumber: z.string().trim().min(1).max(100).optional(),
    assignee: z.string().trim().min(1).max(200).optional().describe('The engineer working the case (their user id, R-IN-6)'),
    customerId: z.uuid().optional().describe('Staff only: a customer always sees their own cases'),
    createdFrom: isoDateTime.optional().describe('Created at or after this instant'),
    createdTo: isoDateTime.optional().describe('Created before this instant'),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Part of the case number, the symptoms or the serial number, in any script: 屏幕不亮 finds "开机后屏幕不亮"'),
    ...pageQuery,
  })
  .refine((v) => !v.createdFrom || !v.createdTo || Date.parse(v.createdFrom) < Date.parse(v.createdTo), {
    path: ['createdTo'],
    message: 'must be after createdFrom',
  });
class ListCasesQuery extends createZodDto(listCasesQuery) {}

@ApiTags('cases')
@Controller('v1/cases')
export class ListCasesHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: CustomerReadAudit,
  ) {}

  @Get()
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Search cases, newest first, with cursor pagination; customers see only their own (R-IN-6, R-IN-8)',
    description: 'Filters combine with AND. Pass nextCursor as cursor for the next page: pages neither repeat nor skip a case.',
  })
  @ApiOkResponse({ type: CasePageResponse.Output })
  async list(@Query() query: ListCasesQuery, @CurrentUser() user: AuthUser) {
    const qb = this.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
    const customerId = this.customerScope(query.customerId, user);
    if (customerId) qb.andWhere('c.customer_id = :customerId', { customerId });
    // R-IN-8: branch staff list their branch's cases and the ones they work on.
    const scope = branchScope(user);
    if (scope) qb.andWhere(new Brackets((w) => w.where('c.branch_code = :scopeBranch').orWhere('c.assignee_id = :scopeSub')), { scopeBranch: scope.branch, scopeSub: scope.sub });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.priority) qb.andWhere('c.priority = :priority', { priority: query.priority });
    if (query.category) qb.andWhere('c.category = :category', { category: query.category });
    if (query.channel) qb.andWhere('c.channel = :channel', { channel: query.channel });
    if (query.productModel) qb.andWhere('c.product_model = :productModel', { productModel: query.productModel });
    if (query.serialNumber) qb.andWhere('c.serial_number = :serial', { serial: query.serialNumber });
    if (query.assignee) qb.andWhere('c.assignee_id = :assignee', { assignee: query.assignee });
    if (query.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: new Date(query.createdFrom) });
    if (query.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: new Date(query.createdTo) });
    if (query.q) {
      // pg_trgm GIN indexes serve each ILIKE (migration 1732320001510).
      qb.andWhere(
        new Brackets((w) => w.where('c.case_number ILIKE :text').orWhere('c.symptoms ILIKE :text').orWhere('c.serial_number ILIKE :text')),
        { text: containsPattern(query.q) },
      );
    }
    const page = await paginate(qb, query, toCaseView);
    await this.audit.record(user, page.items.map((c) => ({ customerId: c.customerId, record: 'case' as const, recordId: c.id, action: 'GET /v1/cases' })));
    return page;
  }

  /** A customer sees only their own cases (R-IN-8): naming another customer is refused, not silently ignored. */
  private customerScope(requested: string | undefined, user: AuthUser): string | undefined {
    if (!user.roles.includes('customer')) return requested;
    if (!user.customerId || !z.uuid().safeParse(user.customerId).success) {
      throw invalidCustomerToken();
    }
    if (requested && requested !== user.customerId) {
      throw foreignCustomer('list');
    }
    return user.customerId;
  }
}
