import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@aftersales/platform-service-defaults';
import { SurveyFormResponse, SurveyFormView } from '../../survey.view';
import { OpenLinkQuery } from './open-link.query';
import { OpenLinkRequest } from './open-link.request';

@ApiTags('survey links')
@Controller('v1/survey-links')
export class OpenLinkHttpController {
  constructor(private readonly query: OpenLinkQuery) {}

  /** A POST so the token travels in the body, not in URLs that proxies log; it changes nothing. */
  @Post('open')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'The survey a link opens, its questions in zh-CN or en, without logging in (R-SV-1); changes nothing' })
  @ApiOkResponse({ type: SurveyFormResponse.Output })
  @ApiForbiddenResponse({ description: 'SURVEYS.LINK_INVALID: the link was not issued by us (forged or altered)' })
  @ApiConflictResponse({ description: 'SURVEYS.LINK_ALREADY_USED or SURVEYS.LINK_EXPIRED' })
  open(@Body() body: OpenLinkRequest): Promise<SurveyFormView> {
    return this.query.execute(body);
  }
}
