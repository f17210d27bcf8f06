import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { QuoteResponse, QuoteView } from '../../paid-service.view';
import { CreateQuoteCommand } from './create-quote.command';
import { CreateQuoteRequest } from './create-quote.request';

@ApiTags('paid service')
@Controller('v1/quotes')
export class CreateQuoteHttpController {
  constructor(private readonly command: CreateQuoteCommand) {}

  @Post()
  @Roles('engineer', 'agent', 'admin')
  @ApiOperation({
    summary: 'Quote paid service for a case (R-DS-7): parts + labour (+ travel) less a service package, integer minor units',
    description: 'Only for a decision whose remedy is paid service (out of warranty or excluded, R-WA-2); free service is a warranty claim instead.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: QuoteResponse.Output })
  async create(
    @Body() body: CreateQuoteRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<QuoteView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
