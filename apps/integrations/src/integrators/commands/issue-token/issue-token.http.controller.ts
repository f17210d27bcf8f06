import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '@aftersales/platform-service-defaults';
import { TokenResponse, TokenView } from '../../integrator.view';
import { IssueTokenCommand } from './issue-token.command';
import { IssueTokenRequest } from './issue-token.request';

@ApiTags('integrators')
@Controller('v1/oauth')
export class IssueTokenHttpController {
  constructor(private readonly command: IssueTokenCommand) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Exchange an integrator\'s client id and secret for a short-lived bearer token naming the subjects it may read (R-IG-3)',
    description: 'OAuth 2.0 client credentials, as JSON. Unknown, wrong and revoked credentials all get the same 401 (R-IG-2).',
  })
  @ApiOkResponse({ type: TokenResponse.Output })
  @ApiUnauthorizedResponse({ description: 'The client id and secret are not valid' })
  issue(@Body() body: IssueTokenRequest): Promise<TokenView> {
    return this.command.execute(body);
  }
}
