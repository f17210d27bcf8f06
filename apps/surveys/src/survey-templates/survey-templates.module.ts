import { Module } from '@nestjs/common';
import { PutTemplateCommand } from './commands/put-template/put-template.command';
import { PutTemplateHttpController } from './commands/put-template/put-template.http.controller';
import { SurveyTemplateRepository } from './infrastructure/survey-template.repository';
import { ListTemplatesHttpController } from './queries/list-templates/list-templates.http.controller';
import { ListTemplatesQuery } from './queries/list-templates/list-templates.query';

@Module({
  controllers: [PutTemplateHttpController, ListTemplatesHttpController],
  providers: [SurveyTemplateRepository, PutTemplateCommand, ListTemplatesQuery],
  exports: [SurveyTemplateRepository],
})
export class SurveyTemplatesModule {}
