import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { PlanRepairCommand } from './plan-repair.command';
import { PlanRepairRequest } from './plan-repair.request';

@ApiTags('visits')
@Controller('v1')
export class PlanRepairHttpController {
  constructor(private readonly command: PlanRepairCommand) {}

  @Post('visits/:visitId/repair-plan')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: repair plan (steps, materials, manpower, time estimate), after the diagnosis' })
  @ApiOkResponse({ description: 'The visit with the repair plan' })
  @ApiProblems({
    400: 'An invalid id or body',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.DIAGNOSIS_FIRST',
  })
  repairPlan(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: PlanRepairRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
