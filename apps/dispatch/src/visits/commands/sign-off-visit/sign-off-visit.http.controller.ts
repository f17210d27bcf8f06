import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { SignOffVisitCommand } from './sign-off-visit.command';
import { SIGNATURE_MAX_BYTES, SignOffVisitRequest } from './sign-off-visit.request';

@ApiTags('visits')
@Controller('v1')
export class SignOffVisitHttpController {
  constructor(private readonly command: SignOffVisitCommand) {}

  @Post('visits/:visitId/sign-off')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: `R-DS-4: the customer's sign-off (签字确认): name, time and signature image (base64 PNG, at most ${SIGNATURE_MAX_BYTES} bytes)` })
  @ApiOkResponse({ description: 'The signed-off visit' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.SIGNATURE_TOO_LARGE, DISPATCH.SIGNATURE_NOT_PNG; DISPATCH.TIME_IN_FUTURE, DISPATCH.SIGNED_BEFORE_ARRIVAL: signedAt',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.QUALITY_CHECK_FIRST (R-DS-8)',
  })
  signOff(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: SignOffVisitRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
