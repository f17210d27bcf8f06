import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@aftersales/platform-service-defaults';
import { SurveyResponseResponse, SurveyResponseView } from '../../survey.view';
import { AnswerByLinkCommand } from './answer-by-link.command';
import { AnswerByLinkRequest } from './answer-by-link.request';

@ApiTags('survey links')
@Controller('v1/survey-links')
export class AnswerByLinkHttpController {
  constructor(private readonly command: AnswerByLinkCommand) {}

  @Post('answers')
  @Public()
  @ApiOperation({
    summary: 'Answer a survey by its link, without logging in (R-SV-1, R-SV-3); emits aftersales.surveys.response.received.v1',
    description: 'The link works once and until the survey expires. Low scores are followed up as the template says (complaint, reopen, call-back).',
  })
  @ApiCreatedResponse({ type: SurveyResponseResponse.Output })
  @ApiForbiddenResponse({ description: 'SURVEYS.LINK_INVALID: the link was not issued by us (forged or altered)' })
  @ApiConflictResponse({ description: 'SURVEYS.LINK_ALREADY_USED: the survey was answered; SURVEYS.LINK_EXPIRED: the link or its survey expired' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async answer(
    @Body() body: AnswerByLinkRequest,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<SurveyResponseView> {
    const result = await this.command.execute(body, key);
    reply.status(result.status);
    return result.body;
  }
}
