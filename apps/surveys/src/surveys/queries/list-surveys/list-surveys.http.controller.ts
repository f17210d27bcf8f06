import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { SurveyPageResponse, SurveyView } from '../../survey.view';
import { ListSurveysQuery } from './list-surveys.query';
import { ListSurveysRequest } from './list-surveys.request';

@ApiTags('surveys')
@Controller('v1/surveys')
export class ListSurveysHttpController {
  constructor(private readonly query: ListSurveysQuery) {}

  @Get()
  @Roles('customer', 'agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'Surveys, newest first, with cursor pagination; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: SurveyPageResponse.Output })
  list(@Query() query: ListSurveysRequest, @CurrentUser() user: AuthUser): Promise<Page<SurveyView>> {
    return this.query.execute(query, user);
  }
}
