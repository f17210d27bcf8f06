import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { templateCodeParam } from '../../../survey-templates/commands/put-template/put-template.request';
import { RevisitPlanResponse, RevisitPlanView } from '../../revisit-plan.view';
import { PutPlanCommand } from './put-plan.command';
import { PutPlanRequest } from './put-plan.request';

@ApiTags('revisits')
@Controller('v1/revisit-plans')
export class PutPlanHttpController {
  constructor(private readonly command: PutPlanCommand) {}

  @Put(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Define a revisit plan (R-SV-2); a changed definition becomes its next version (201), the same one changes nothing (200)' })
  @ApiCreatedResponse({ type: RevisitPlanResponse.Output })
  @ApiOkResponse({ type: RevisitPlanResponse.Output })
  async put(
    @Param('code') code: string,
    @Body() body: PutPlanRequest,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<RevisitPlanView> {
    const result = await this.command.execute(templateCodeParam(code), body, user);
    reply.status(result.status);
    return result.body;
  }
}
