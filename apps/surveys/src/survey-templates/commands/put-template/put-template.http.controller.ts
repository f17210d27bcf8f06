import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { TemplateResponse, TemplateView } from '../../survey-template.view';
import { PutTemplateCommand } from './put-template.command';
import { PutTemplateRequest, templateCodeParam } from './put-template.request';

@ApiTags('survey templates')
@Controller('v1/survey-templates')
export class PutTemplateHttpController {
  constructor(private readonly command: PutTemplateCommand) {}

  @Put(':code')
  @Roles('admin')
  @ApiOperation({
    summary: 'Define a survey template (R-SV-1, R-SV-3): questions in zh-CN and en, which cases get it, reminder, expiry and follow-up thresholds',
    description: 'A changed definition becomes the next version (201); the same definition changes nothing (200). Sent surveys keep their version.',
  })
  @ApiCreatedResponse({ type: TemplateResponse.Output })
  @ApiOkResponse({ type: TemplateResponse.Output })
  async put(
    @Param('code') code: string,
    @Body() body: PutTemplateRequest,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<TemplateView> {
    const result = await this.command.execute(templateCodeParam(code), body, user);
    reply.status(result.status);
    return result.body;
  }
}
