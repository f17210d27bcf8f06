import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { RecordDiagnosisCommand } from './record-diagnosis.command';
import { RecordDiagnosisRequest } from './record-diagnosis.request';

@ApiTags('visits')
@Controller('v1')
export class RecordDiagnosisHttpController {
  constructor(private readonly command: RecordDiagnosisCommand) {}

  @Post('visits/:visitId/diagnosis')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'R-DS-8: fault diagnosis; emits work-order.diagnosed (intake meets the R-SLA-3 diagnosis clock, warranty re-evaluates with the cause)',
  })
  @ApiOkResponse({ description: 'The visit with the diagnosis' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED',
  })
  diagnosis(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: RecordDiagnosisRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
