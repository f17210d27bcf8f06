import { Body, Controller, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { PersonResponse, PersonView } from '../../directory.view';
import { PutPersonCommand } from './put-person.command';
import { PutPersonRequest } from './put-person.request';

@ApiTags('directory')
@Controller('v1/directory/people')
export class PutPersonHttpController {
  constructor(private readonly command: PutPersonCommand) {}

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Create or replace a person of the notification directory: contacts, language, time zone, quiet hours (R-SLA-7)' })
  @ApiOkResponse({ type: PersonResponse.Output })
  @ApiBadRequestResponse({ description: 'Invalid body or id (problem+json); nothing changes' })
  @ApiConflictResponse({ description: 'authSubject or an external id belongs to another person' })
  async put(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PutPersonRequest, @Res({ passthrough: true }) reply: { status(code: number): unknown }): Promise<PersonView> {
    const result = await this.command.execute(id, body);
    reply.status(result.status);
    return result.body;
  }
}
