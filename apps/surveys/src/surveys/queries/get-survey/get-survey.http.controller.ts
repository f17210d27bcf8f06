import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { SurveyEntity } from '../../infrastructure/survey.entity';
import { SurveyRepository } from '../../infrastructure/survey.repository';
import { surveyNotFound } from '../../survey.errors';
import { SurveyResponse, SurveyView, toSurveyView } from '../../survey.view';

@ApiTags('surveys')
@Controller('v1/surveys')
export class GetSurveyHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
  ) {}

  @Get(':id')
  @Roles('customer', 'agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'A survey with its answer; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: SurveyResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<SurveyView> {
    const survey = await this.dataSource.getRepository(SurveyEntity).findOneBy({ id });
    if (!survey || (user.roles.includes('customer') && survey.customerId !== user.customerId)) throw surveyNotFound(id);
    const responses = await this.surveys.responsesOf([survey]);
    return toSurveyView(survey, responses.get(survey.id) ?? null);
  }
}
