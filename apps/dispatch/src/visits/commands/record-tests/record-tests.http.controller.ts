import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { RecordTestsCommand } from './record-tests.command';
import { RecordTestsRequest } from './record-tests.request';

@ApiTags('visits')
@Controller('v1')
export class RecordTestsHttpController {
  constructor(private readonly command: RecordTestsCommand) {}

  @Post('visits/:visitId/tests')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4: tests after the repair (a new result asks for a new inspection and sign-off)' })
  @ApiOkResponse({ description: 'The visit with the test results' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.DIAGNOSIS_FIRST',
  })
  tests(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: RecordTestsRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
