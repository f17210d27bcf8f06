import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ComplaintDetailView, ComplaintResponse } from '../../complaint.view';
import { RegisterComplaintCommand } from './register-complaint.command';
import { RegisterComplaintRequest } from './register-complaint.request';

@ApiTags('complaints')
@Controller('v1/complaints')
export class RegisterComplaintHttpController {
  constructor(private readonly command: RegisterComplaintCommand) {}

  @Post()
  @Roles('complaint-officer', 'agent', 'admin')
  @ApiOperation({
    summary: 'Register a complaint taken by phone, letter, in person or online (R-CP-1..4); emits aftersales.complaints.complaint.opened.v1',
    description: 'The complaint opens with its committed handling deadline (R-CP-4) and its registration as the first recorded step (R-CP-2).',
  })
  @ApiCreatedResponse({ type: ComplaintResponse.Output })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async register(
    @Body() body: RegisterComplaintRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ComplaintDetailView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
