import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { VisitView } from '../../visit.view';
import { RecordPartsUsedCommand } from './record-parts-used.command';
import { RecordPartsUsedRequest } from './record-parts-used.request';

@ApiTags('visits')
@Controller('v1')
export class RecordPartsUsedHttpController {
  constructor(private readonly command: RecordPartsUsedCommand) {}

  @Post('visits/:visitId/parts')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4: parts used on this visit, with the customer’s consent' })
  @ApiOkResponse({ description: 'The visit with the parts used' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.TIME_IN_FUTURE, DISPATCH.CONSENT_BEFORE_ARRIVAL: the consent’s time',
    403: 'DISPATCH.NOT_ASSIGNED_ENGINEER: an engineer records only their own order’s visits',
    404: 'DISPATCH.VISIT_NOT_FOUND',
    409: 'DISPATCH.VISIT_ENDED, DISPATCH.PARTS_CONSENT_REQUIRED (R-DS-4)',
  })
  parts(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: RecordPartsUsedRequest, @CurrentUser() user: AuthUser): Promise<VisitView> {
    return this.command.execute(id, body, user);
  }
}
