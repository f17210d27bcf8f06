import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { caseNotFound } from '../../case.errors';
import { CaseActivityResponse, CaseActivityView, CaseResponse, CaseView, toActivityView, toCaseView } from '../../case.view';
import { CaseActivityEntity, CaseEntity } from '../../infrastructure/case.entity';

@ApiTags('cases')
@Controller('v1/cases')
export class GetCaseHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'A case; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: CaseResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return toCaseView(await this.visibleCase(id, user));
  }

  @Get(':id/activity')
  @Roles('customer', 'agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The activity log of a case, oldest first (R-IN-3); customers see public entries only' })
  @ApiOkResponse({ type: CaseActivityResponse.Output })
  async activity(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<{ items: CaseActivityView[] }> {
    await this.visibleCase(id, user);
    const entries = await this.dataSource.getRepository(CaseActivityEntity).find({
      where: { caseId: id, ...(user.roles.includes('customer') ? { visibility: 'public' as const } : {}) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return { items: entries.map(toActivityView) };
  }

  private async visibleCase(id: string, user: AuthUser): Promise<CaseEntity> {
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id });
    if (!found || (user.roles.includes('customer') && found.customerId !== user.customerId)) {
      throw caseNotFound(id);
    }
    return found;
  }
}
