import { Module } from '@nestjs/common';
import { RecordResponseCommand } from './commands/record-response/record-response.command';
import { RecordResponseHttpController } from './commands/record-response/record-response.http.controller';
import { SurveyRepository } from './infrastructure/survey.repository';
import { OnCaseClosedHandler } from './integration/on-case-closed.handler';
import { GetSurveyHttpController } from './queries/get-survey/get-survey.http.controller';
import { GetSurveyQuery } from './queries/get-survey/get-survey.query';
import { ListSurveysHttpController } from './queries/list-surveys/list-surveys.http.controller';
import { ListSurveysQuery } from './queries/list-surveys/list-surveys.query';

@Module({
  controllers: [RecordResponseHttpController, ListSurveysHttpController, GetSurveyHttpController],
  providers: [SurveyRepository, RecordResponseCommand, OnCaseClosedHandler, ListSurveysQuery, GetSurveyQuery],
})
export class SurveysModule {}
