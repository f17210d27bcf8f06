import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { TemplateListResponse, TemplateView } from '../../survey-template.view';
import { ListTemplatesQuery } from './list-templates.query';

@ApiTags('survey templates')
@Controller('v1/survey-templates')
export class ListTemplatesHttpController {
  constructor(private readonly query: ListTemplatesQuery) {}

  @Get()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'The survey templates, latest version of each (R-SV-1); a short list, not paged' })
  @ApiOkResponse({ type: TemplateListResponse.Output })
  list(): Promise<{ items: TemplateView[] }> {
    return this.query.execute();
  }
}
