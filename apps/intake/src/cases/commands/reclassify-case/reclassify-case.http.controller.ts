import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { ReclassifyCaseCommand } from './reclassify-case.command';
import { ReclassifyCaseRequest } from './reclassify-case.request';

@ApiTags('cases')
@Controller('v1/cases')
export class ReclassifyCaseHttpController {
  constructor(private readonly command: ReclassifyCaseCommand) {}

  @Post(':id/classification')
  @HttpCode(200)
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'Reclassify a case (R-IN-4: category, common or difficult, and its priority) with a reason; emits aftersales.intake.case.reclassified.v1',
    description:
      'The SLA clocks are re-planned under the new priority from the original start (a clock the plan lacks is withdrawn, never met), the service mode is chosen again and, when the case now needs field work and has not asked for it, dispatch is requested.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  @ApiConflictResponse({ description: 'The case is closed (INTAKE.CASE_CLOSED) or changed since `version` (INTAKE.VERSION_CONFLICT)' })
  @ApiUnprocessableEntityResponse({ description: 'Nothing would change (INTAKE.CLASSIFICATION_UNCHANGED)' })
  reclassify(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReclassifyCaseRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, body, user);
  }
}
