import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { CaseResponse, CaseView } from '../../case.view';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseRequest } from './close-case.request';

@ApiTags('cases')
@Controller('v1/cases')
export class CloseCaseHttpController {
  constructor(private readonly command: CloseCaseCommand) {}

  @Post(':id/close')
  @HttpCode(200)
  @Roles('customer', 'agent', 'admin')
  @ApiOperation({
    summary: 'Close a resolved case on the customer’s confirmation (R-IN-7); emits aftersales.intake.case.closed.v1',
    description: 'The customer who owns the case, or an agent or admin on their behalf. A case that is not resolved is a 409 listing the allowed transitions.',
  })
  @ApiOkResponse({ type: CaseResponse.Output })
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseCaseRequest, @CurrentUser() user: AuthUser): Promise<CaseView> {
    return this.command.execute(id, body, user);
  }
}
