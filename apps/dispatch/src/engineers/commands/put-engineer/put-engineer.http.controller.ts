import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { EngineerView } from '../../engineer.view';
import { PutEngineerCommand } from './put-engineer.command';
import { PutEngineerRequest } from './put-engineer.request';

@ApiTags('engineers')
@Controller('v1/engineers')
export class PutEngineerHttpController {
  constructor(private readonly command: PutEngineerCommand) {}

  @Put(':id')
  @Roles('admin', 'manager')
  @ApiOperation({
    summary: 'Create or replace an engineer profile: skills, home unit, region and territories, calendar, leave, capacity (R-DS-3)',
    description: 'The id is the engineer’s user id (token sub). Queued work orders that can now be assigned are assigned at once; an engineer deactivated or on leave now hands their not-yet-started orders to the next best engineer (or the queue).',
  })
  @ApiOkResponse({ description: 'The engineer profile as saved' })
  @ApiProblems({
    400: 'An invalid id or body; DISPATCH.INVALID_CALENDAR: the working calendar does not hold together',
    422: 'DISPATCH.UNKNOWN_ORG_UNIT: the home unit is not known',
  })
  put(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PutEngineerRequest, @CurrentUser() user: AuthUser): Promise<EngineerView> {
    return this.command.execute(id, body, user);
  }
}
