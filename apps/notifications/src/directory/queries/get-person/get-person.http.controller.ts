import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { PersonResponse, PersonView } from '../../directory.view';
import { GetPersonQuery } from './get-person.query';

@ApiTags('directory')
@Controller('v1/directory/people')
export class GetPersonHttpController {
  constructor(private readonly query: GetPersonQuery) {}

  @Get(':id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'A person of the notification directory' })
  @ApiOkResponse({ type: PersonResponse.Output })
  @ApiNotFoundResponse({ description: 'No such person' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PersonView> {
    return this.query.execute(id);
  }
}
