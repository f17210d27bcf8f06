import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { SURVEY_STATUSES } from '../../domain/survey-lifecycle';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyRepository } from '../../infrastructure/survey.repository';
import { SurveyPageResponse, SurveyView, toSurveyView } from '../../survey.view';

const listSurveysQuery = z.strictObject({
  caseId: z.uuid().optional(),
  customerId: z.uuid().optional().describe('Staff only: a customer always sees their own surveys'),
  status: z.enum(SURVEY_STATUSES).optional(),
  ...pageQuery,
});
class ListSurveysQuery extends createZodDto(listSurveysQuery) {}

@ApiTags('surveys')
@Controller('v1/surveys')
export class ListSurveysHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
  ) {}

  @Get()
  @Roles('customer', 'agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Surveys, newest first, with cursor pagination; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: SurveyPageResponse.Output })
  async list(@Query() query: ListSurveysQuery, @CurrentUser() user: AuthUser): Promise<Page<SurveyView>> {
    const qb = this.dataSource.getRepository(SurveyEntity).createQueryBuilder('s');
    const customerId = user.roles.includes('customer') ? user.customerId : query.customerId;
    if (customerId) qb.andWhere('s.customer_id = :customerId', { customerId });
    if (query.caseId) qb.andWhere('s.case_id = :caseId', { caseId: query.caseId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    const page = await paginate(qb, query, (s) => s);
    const responses = await this.surveys.responsesOf(page.items);
    return { items: page.items.map((s) => toSurveyView(s, responses.get(s.id) ?? null)), nextCursor: page.nextCursor };
  }
}
