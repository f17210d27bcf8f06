import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { caseNotFound } from '../../case.errors';
import { CaseActivityResponse, CaseActivityView, CaseResponse, CaseView, toActivityView, toCaseView } from '../../case.view';
import { CustomerReadAudit } from '../../../staff-reads/customer-read.audit';
import { mayRead } from '../../domain/case-visibility';
import { CaseActivityEntity, CaseEntity } from '../../infrastructure/case.entity';

@ApiTags('cases')
@Controller('v1/cases')
export class GetCaseHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: CustomerReadAudit,
  ) {}

  @Get(':id')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'A case; customers see only their own, branch staff their branch’s and the ones they work on (R-IN-8); staff reads are audited' })
  @ApiOkResponse({ type: CaseResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<CaseView> {
    const c = await this.visibleCase(id, user);
    await this.audit.record(user, { customerId: c.customerId, record: 'case', recordId: c.id, action: 'GET /v1/cases/{id}' });
    return toCaseView(c);
  }

  @Get(':id/activity')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The activity log of a case, oldest first (R-IN-3); customers see public entries only' })
  @ApiOkResponse({ type: CaseActivityResponse.Output })
  async activity(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<{ items: CaseActivityView[] }> {
    const c = await this.visibleCase(id, user);
    await this.audit.record(user, { customerId: c.customerId, record: 'case-activity', recordId: c.id, action: 'GET /v1/cases/{id}/activity' });
    const entries = await this.dataSource.getRepository(CaseActivityEntity).find({
      where: { caseId: id, ...(user.roles.includes('customer') ? { visibility: 'public' as const } : {}) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return { items: entries.map(toActivityView) };
  }

  private async visibleCase(id: string, user: AuthUser): Promise<CaseEntity> {
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id });
    // R-IN-8: the customer's own, their branch's or the cases they work on; a case out of reach is not found.
    if (!found || !mayRead(user, found)) {
      throw caseNotFound(id);
    }
    return found;
  }
}
