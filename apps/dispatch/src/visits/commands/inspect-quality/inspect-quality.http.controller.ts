import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { InspectQualityCommand } from './inspect-quality.command';
import { InspectQualityRequest } from './inspect-quality.request';

@ApiTags('visits')
@Controller('v1')
export class InspectQualityHttpController {
  constructor(private readonly command: InspectQualityCommand) {}

  @Post('visits/:visitId/quality-check')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: quality inspection (质检验收) of the tested repair' })
  @ApiOkResponse({ description: 'The visit with the inspection' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.TESTS_FIRST, DISPATCH.FAILED_TESTS',
  })
  qualityCheck(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: InspectQualityRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
