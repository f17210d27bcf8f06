import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { RmaResponse, RmaView } from '../../rma.view';
import { InspectUnitCommand } from './inspect-unit.command';
import { InspectUnitRequest } from './inspect-unit.request';

@ApiTags('rmas')
@Controller('v1/rmas/:id/inspection')
export class InspectUnitHttpController {
  constructor(private readonly command: InspectUnitCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Record the inspection of a returned unit: no fault found, fault confirmed or damaged; warranty takes it as evidence' })
  @ApiOkResponse({ type: RmaResponse.Output })
  @ApiNotFoundResponse({ description: 'RMA.NOT_FOUND' })
  @ApiConflictResponse({ description: 'RMA.ILLEGAL_TRANSITION: no unit received to inspect (the allowed statuses are listed)' })
  inspect(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: InspectUnitRequest, @CurrentUser() user: AuthUser): Promise<RmaView> {
    return this.command.execute(id, body, user);
  }
}
