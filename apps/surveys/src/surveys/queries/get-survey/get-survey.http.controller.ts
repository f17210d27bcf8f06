import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { SurveyResponse, SurveyView } from '../../survey.view';
import { GetSurveyQuery } from './get-survey.query';

@ApiTags('surveys')
@Controller('v1/surveys')
export class GetSurveyHttpController {
  constructor(private readonly query: GetSurveyQuery) {}

  @Get(':id')
  @Roles('customer', 'agent', 'complaint-officer', 'manager', 'admin')
  @ApiOperation({ summary: 'A survey with its answer; customers see only their own (R-IN-8)' })
  @ApiOkResponse({ type: SurveyResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<SurveyView> {
    return this.query.execute(id, user);
  }
}
