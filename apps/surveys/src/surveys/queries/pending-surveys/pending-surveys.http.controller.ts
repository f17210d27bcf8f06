import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Page, Roles } from '@aftersales/platform-service-defaults';
import { SurveyFormPageResponse, SurveyFormView } from '../../survey.view';
import { PendingSurveysQuery } from './pending-surveys.query';
import { PendingSurveysRequest } from './pending-surveys.request';

@ApiTags('surveys')
@Controller('v1/surveys')
export class PendingSurveysHttpController {
  constructor(private readonly query: PendingSurveysQuery) {}

  @Get('pending')
  @Roles('customer')
  @ApiOperation({ summary: 'The logged-in customer’s surveys waiting for an answer, with their questions and links (R-SV-1), cursor-paged' })
  @ApiOkResponse({ type: SurveyFormPageResponse.Output })
  list(@Query() query: PendingSurveysRequest, @CurrentUser() user: AuthUser): Promise<Page<SurveyFormView>> {
    return this.query.execute(query, user);
  }
}
